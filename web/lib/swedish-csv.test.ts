import { describe, expect, it } from 'vitest';
import { swedishCsv } from './swedish-csv';

describe('swedishCsv', () => {
  it('writes what Swedish Excel reads: BOM, semicolons, decimal commas, CRLF, quoted cells', () => {
    const csv = swedishCsv([
      ['Område', 'Enköping 2016', 'Snitt; alla'],
      ['1. Offentlighet och demokrati', 54, 57.5],
      ['Citat "så"', null, -3],
    ]);
    expect(csv).toBe(
      '\uFEFFOmråde;Enköping 2016;"Snitt; alla"\r\n1. Offentlighet och demokrati;54;57,5\r\n"Citat ""så""";;-3\r\n',
    );
  });
});
