import { afterEach, describe, expect, it } from 'vitest';
import { clashedFields, conflictSubject } from './conflict-fields';
import { setLocale } from './i18n';

afterEach(() => setLocale('sv'));

describe('conflictSubject', () => {
  it('names the delfråga and whose score, the area of a text, or the note', () => {
    expect(conflictSubject('evaluatorScore:e1:m1:4.2')).toBe('Delfråga 4.2: din bedömning');
    expect(conflictSubject('consensusScore:e1:1.1')).toBe('Delfråga 1.1: konsensuspoängen');
    expect(conflictSubject('areaText:e1:3')).toBe('Område 3: texter');
    expect(conflictSubject('evidence:e1:abc')).toBe('En anteckning i underlaget');
    setLocale('en');
    expect(conflictSubject('consensusScore:e1:1.1')).toBe('Question 1.1: the consensus score');
  });
});

describe('clashedFields', () => {
  it('names the fields where my edit and the saved record differ, by their labels', () => {
    const key = 'evaluatorScore:e1:m1:1.1';
    const saved = { points: 9, percent: null, rationale: 'Deras', version: 2 };
    expect(clashedFields(key, { points: 9, rationale: 'Min' }, saved)).toEqual(['Motivering']);
    expect(clashedFields(key, { points: 7, rationale: 'Deras' }, saved)).toEqual(['Poäng']);
    expect(clashedFields(key, { points: 7, rationale: 'Min' }, saved)).toEqual([
      'Poäng',
      'Motivering',
    ]);
    expect(
      clashedFields(
        'areaText:e1:3',
        { summary: 'a', strengths: ['x'] },
        {
          summary: 'a',
          strengths: ['y'],
        },
      ),
    ).toEqual(['Styrkor']);
  });
});
