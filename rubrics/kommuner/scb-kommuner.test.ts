import { describe, expect, it } from 'vitest';
import { KOMMUNER, KOMMUNER_SOURCE, kommunByCode, kommunIssue } from './scb-kommuner';

describe("SCB's kommun list", () => {
  it('has the 290 kommuner in 21 län, each code once, with its source named', () => {
    expect(KOMMUNER).toHaveLength(290);
    expect(new Set(KOMMUNER.map((k) => k.code)).size).toBe(290);
    expect(new Set(KOMMUNER.map((k) => k.county)).size).toBe(21);
    for (const kommun of KOMMUNER) {
      expect(kommun.code).toMatch(/^\d{4}$/);
      // The first two digits of a kommunkod are its län's code: one län per prefix.
      const sameCounty = KOMMUNER.filter((k) => k.code.slice(0, 2) === kommun.code.slice(0, 2));
      expect(new Set(sameCounty.map((k) => k.county))).toEqual(new Set([kommun.county]));
    }
    expect(KOMMUNER_SOURCE.source).toMatch(/SCB/);
    expect(KOMMUNER_SOURCE.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ['0180', 'Stockholm', 'Stockholms län'],
    ['1445', 'Essunga', 'Västra Götalands län'],
    ['0381', 'Enköping', 'Uppsala län'],
    ['0114', 'Upplands Väsby', 'Stockholms län'],
    ['0330', 'Knivsta', 'Uppsala län'],
    ['2023', 'Malung-Sälen', 'Dalarnas län'],
  ])('knows %s as %s in %s', (code, name, county) => {
    expect(kommunByCode(code)).toEqual({ code, name, county });
  });

  it('refuses an unknown code and a name that is not the code’s, naming both', () => {
    expect(kommunIssue('9999', 'Testby')).toEqual({
      path: 'code',
      message: 'kommunkod 9999 is not one of SCB\'s 290 kommuner (name given: "Testby")',
    });
    expect(kommunIssue('1445', 'Fel namn')).toEqual({
      path: 'name',
      message: 'kommunkod 1445 is Essunga, not "Fel namn"',
    });
    expect(kommunIssue('0000', 'Riket')?.path).toBe('code');
  });

  it('accepts the name in any case and with blanks around it', () => {
    expect(kommunIssue('1445', 'Essunga')).toBeNull();
    expect(kommunIssue('1445', ' essunga ')).toBeNull();
    expect(kommunIssue('0114', 'UPPLANDS VÄSBY')).toBeNull();
  });
});
