import { describe, expect, test } from 'vitest';
import { loadRubricLibrary } from '../../rubrics/load-rubrics';
import { COMPOUND_TAILS, compoundTail, ownStems, stem, stemText, words } from './swedish-words';

describe('Swedish words', () => {
  test('inflections share a stem', () => {
    expect(stem('medborgardialogen')).toBe(stem('medborgardialoger'));
    expect(stem('målen')).toBe('mål');
    expect(stem('effektmålen')).toBe('effektmål');
  });

  test('a compound ending in a known part carries that part; other words do not', () => {
    expect(compoundTail(stem('effektmålen'))).toBe('mål');
    expect(compoundTail(stem('medborgardialogen'))).toBe(stem('dialog'));
    expect(compoundTail(stem('verksamhetsplanen'))).toBe('plan');
    // The longest known part: målstyrning is a kind of styrning.
    expect(compoundTail(stem('målstyrningen'))).toBe(stem('styrning'));
    // The part alone, too short a head, or letters that only look like a part: no tail.
    for (const word of [
      'mål',
      'målen',
      'omnämnd',
      'normal',
      'maltdrycker',
      'television',
      'handel',
    ]) {
      expect(compoundTail(stem(word)), word).toBeNull();
    }
  });

  test('the stored column holds the stems one for one, then the tails', () => {
    const text = 'Nämnden följer effektmålen och medborgardialogen.';
    const column = stemText(text);
    expect(column).toBe(
      `${words(text)
        .map((word) => word.stem)
        .join(' ')} | mål ${stem('dialog')}`,
    );
    expect(ownStems(column)).toEqual(words(text).map((word) => word.stem));
    expect(stemText('Målen är satta.')).not.toContain('|');
    expect(ownStems('')).toEqual([]);
  });

  test('every compound part is a word of the rubrics, alone or in one of their compounds', () => {
    const rubricStems = [
      ...new Set(
        [...loadRubricLibrary().rubrics.values()].flatMap(({ text }) =>
          words(text).map((word) => word.stem),
        ),
      ),
    ];
    for (const part of COMPOUND_TAILS.map(stem)) {
      const seen = rubricStems.some(
        (word) =>
          word === part ||
          (word.length >= part.length + 3 && (word.endsWith(part) || word.startsWith(part))),
      );
      expect(seen, part).toBe(true);
    }
  });
});
