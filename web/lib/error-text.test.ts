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
    expect(errorText(overMax)).toBe('Ogiltigt värde i fältet ”points”.');
    expect(errorText(new ApiError(409, 'published', 'the evaluation is published'))).toBe(
      'Utvärderingen är publicerad och skrivskyddad. En administratör kan återöppna den.',
    );
    expect(errorText(new TypeError('Failed to fetch'))).toBe('Servern kan inte nås just nu.');
    expect(errorText(new ApiError(418, 'teapot', 'x'))).toBe('Något gick fel på servern.');
  });

  it('adds the server’s detail in the English UI', () => {
    setLocale('en');
    expect(errorText(new ApiError(403, 'forbidden', 'your role does not allow this'))).toBe(
      'Your role does not allow this. (your role does not allow this)',
    );
  });
});
