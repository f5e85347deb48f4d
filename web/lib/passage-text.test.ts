import { describe, expect, test } from 'vitest';
import {
  locateCitation,
  markRuns,
  matchedRuns,
  passageElementOf,
  rangeOffsets,
} from './passage-text';

describe('markRuns', () => {
  test('cuts the text at the edges of cited ranges, merging overlaps into one marked run', () => {
    const text = 'Fullmäktige beskriver fem strategiska mål.';
    expect(
      markRuns(text, [
        { start: 0, end: 11 },
        { start: 5, end: 21 },
      ]),
    ).toEqual([
      { text: 'Fullmäktige beskriver', cited: true, focused: false },
      { text: ' fem strategiska mål.', cited: false, focused: false },
    ]);
  });

  test('marks the focused range within a cited one, and ignores ranges outside the text', () => {
    const runs = markRuns(
      'abcdef',
      [
        { start: 0, end: 6 },
        { start: 10, end: 12 },
      ],
      {
        start: 2,
        end: 4,
      },
    );
    expect(runs).toEqual([
      { text: 'ab', cited: true, focused: false },
      { text: 'cd', cited: true, focused: true },
      { text: 'ef', cited: true, focused: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('abcdef');
  });

  test('a text without ranges is one run', () => {
    expect(markRuns('Ingen markering', [])).toEqual([
      { text: 'Ingen markering', cited: false, focused: false },
    ]);
  });
});

describe('matchedRuns', () => {
  test('marks whole words that begin with a matched word, case and Swedish letters alike', () => {
    const runs = matchedRuns('Medborgardialoger och målen, inte dialog.', [
      'medborgardialog',
      'mål',
    ]);
    expect(runs.filter((r) => r.match).map((r) => r.text)).toEqual(['Medborgardialoger', 'målen']);
    expect(runs.map((r) => r.text).join('')).toBe('Medborgardialoger och målen, inte dialog.');
  });

  test('no matched words: the text as it is', () => {
    expect(matchedRuns('<img src=x onerror=alert(1)>', [])).toEqual([
      { text: '<img src=x onerror=alert(1)>', match: false },
    ]);
  });
});

describe('rangeOffsets', () => {
  function passage(html: string) {
    const root = document.createElement('div');
    root.innerHTML = html;
    document.body.append(root);
    return root.querySelector('[data-passage-text]') as HTMLElement;
  }

  test('gives offsets in the passage text across marked runs, without surrounding spaces', () => {
    const text = 'Kommunen har fem mål för mandatperioden.';
    const element = passage(
      `<p data-passage-text="7">Kommunen har <mark>fem mål</mark> för mandatperioden.</p>`,
    );
    const mark = element.querySelector('mark')?.firstChild as Text;
    const tail = mark.parentElement?.nextSibling as Text;
    const range = document.createRange();
    range.setStart(element.firstChild as Text, 12); // the space before "fem"
    range.setEnd(tail, 4); // " för"
    const offsets = rangeOffsets(element, range, text);
    expect(offsets).toEqual({ start: 13, end: 24 });
    expect(text.slice(offsets?.start, offsets?.end)).toBe('fem mål för');
    expect(passageElementOf(mark)).toBe(element);
  });

  test('a range leaving the passage, or only white space, gives nothing', () => {
    const element = passage('<p data-passage-text="8">Ett stycke.</p><p>Utanför</p>');
    const outside = element.nextSibling?.firstChild as Text;
    const range = document.createRange();
    range.setStart(element.firstChild as Text, 0);
    range.setEnd(outside, 3);
    expect(rangeOffsets(element, range, 'Ett stycke.')).toBeNull();
    const blank = document.createRange();
    blank.setStart(element.firstChild as Text, 3);
    blank.setEnd(element.firstChild as Text, 4);
    expect(rangeOffsets(element, blank, 'Ett stycke.')).toBeNull();
  });
});

describe('locateCitation', () => {
  const passage = (id: string, text: string) => ({
    id,
    documentId: 'd1',
    ordinal: Number(id),
    page: null,
    heading: null,
    text,
  });
  const passages = [
    passage('1', 'Visionen gäller till 2040.'),
    passage('2', 'Fem strategiska mål.'),
  ];

  test('finds the quote at its own offsets', () => {
    expect(
      locateCitation({ passageId: '2', start: 4, end: 15, quote: 'strategiska' }, passages),
    ).toEqual({ passage: passages[1], offsets: { start: 4, end: 15 } });
  });

  test('after a new extraction (other ids), finds the quote by its text; a lost quote is null', () => {
    expect(
      locateCitation({ passageId: '99', start: 0, end: 5, quote: 'till 2040' }, passages),
    ).toEqual({ passage: passages[0], offsets: { start: 16, end: 25 } });
    expect(
      locateCitation({ passageId: null, start: 0, end: 3, quote: 'saknas' }, passages),
    ).toBeNull();
  });
});
