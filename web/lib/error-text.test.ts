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

  it('a duplicate names what exists: the user’s e-mail, the kommun of a code', () => {
    expect(
      errorText(new ApiError(409, 'duplicate', 'a user with e-mail eva@ex.se already exists')),
    ).toBe('Det finns redan en användare med e-postadressen eva@ex.se.');
    expect(
      errorText(new ApiError(409, 'duplicate', 'code: kommunkod 0381 already belongs to Enköping')),
    ).toBe('Kommunkod 0381 hör redan till Enköping.');
    expect(errorText(new ApiError(409, 'duplicate', 'something else'))).toBe(
      'Det finns redan en post med samma namn eller id.',
    );
  });

  it('a lock-out says how many minutes remain', () => {
    expect(
      errorText(
        new ApiError(429, 'too_many_attempts', 'too many failed logins: try again in 4 minutes'),
      ),
    ).toBe(
      'För många misslyckade inloggningar. Försök igen om 4 minuter, eller be en administratör låsa upp kontot under Användare.',
    );
  });

  it('adds the server’s detail in the English UI', () => {
    setLocale('en');
    expect(errorText(new ApiError(403, 'forbidden', 'your role does not allow this'))).toBe(
      'Your role does not allow this. (your role does not allow this)',
    );
  });
});
