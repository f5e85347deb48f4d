import { afterEach, describe, expect, it } from 'vitest';
import { conflictSubject } from './conflict-fields';
import { setLocale } from './i18n';

afterEach(() => setLocale('sv'));

describe('conflictSubject', () => {
  it('names the delfråga and whose score, the area of a text, or the note', () => {
    expect(conflictSubject('evaluatorScore:e1:m1:4.2')).toBe('Delfråga 4.2: din poäng');
    expect(conflictSubject('consensusScore:e1:1.1')).toBe('Delfråga 1.1: konsensuspoängen');
    expect(conflictSubject('areaText:e1:3')).toBe('Område 3: texter');
    expect(conflictSubject('evidence:e1:abc')).toBe('En anteckning i underlaget');
    setLocale('en');
    expect(conflictSubject('consensusScore:e1:1.1')).toBe('Question 1.1: the consensus score');
  });
});
