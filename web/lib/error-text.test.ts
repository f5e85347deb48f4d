import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { errorText } from './error-text';
import { setLocale } from './i18n';

describe('errorText', () => {
  afterEach(() => setLocale('sv'));

  it('speaks Swedish by the error code, never the server’s English', () => {
    const overMax = new ApiError(
      400,
      'invalid_input',
      "points: 16 is more than the delfråga's max 15",
      [{ path: 'points', message: "16 is more than the delfråga's max 15" }],
    );
    expect(errorText(overMax)).toBe(
      'Ogiltigt värde i fältet ”Poäng”: 16 är mer än delfrågans max 15.',
    );
    expect(errorText(new ApiError(409, 'published', 'the evaluation is published'))).toBe(
      'Utvärderingen är publicerad och skrivskyddad. En administratör kan återöppna den.',
    );
    expect(errorText(new TypeError('Failed to fetch'))).toBe('Servern kan inte nås just nu.');
    expect(errorText(new ApiError(418, 'teapot', 'x'))).toBe('Något gick fel på servern.');
  });

  it('names the field by the form’s label, never the JSON path, and keeps the reason', () => {
    const date = new ApiError(400, 'invalid_input', 'date: a date is YYYY-MM or YYYY-MM-DD', [
      { path: 'date', message: 'a date is YYYY-MM or YYYY-MM-DD' },
    ]);
    expect(errorText(date)).toBe(
      'Ogiltigt värde i fältet ”Utvärderingens månad”: ett datum skrivs ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.',
    );
    // A form's own label wins; an array index is no part of the name.
    expect(errorText(date, { date: 'Månad' })).toMatch(/^Ogiltigt värde i fältet ”Månad”/);
    const kommun = new ApiError(400, 'invalid_input', 'x', [
      { path: 'municipality.name', message: 'kommunkod 1445 is Essunga, not "Fel namn"' },
    ]);
    expect(errorText(kommun)).toBe(
      'Ogiltigt värde i fältet ”Kommunens namn”: kommunkod 1445 är Essunga, inte ”Fel namn”.',
    );
    // A reason without a Swedish wording is shown as the server gave it, not dropped.
    const odd = new ApiError(400, 'invalid_input', 'x', [
      { path: 'actions[2].title', message: 'something unusual' },
    ]);
    expect(errorText(odd)).toBe('Ogiltigt värde i fältet ”Rubrik”: something unusual.');
  });

  it('adds the server’s detail in the English UI', () => {
    setLocale('en');
    expect(errorText(new ApiError(403, 'forbidden', 'your role does not allow this'))).toBe(
      'Your role does not allow this. (your role does not allow this)',
    );
  });
});
