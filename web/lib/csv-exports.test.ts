// Every CSV the app writes, with formula text in every text cell: nothing a spreadsheet would
// run, every number still a number, and the file reads back to the same cells.
import { parse } from 'csv-parse/browser/esm/sync';
import { describe, expect, it } from 'vitest';
import { FORMULA_STRINGS } from '../../api/reliability/hostile-input';
import type { PlanView } from '../components/plan-api';
import { comparisonRows } from '../pages/compare-csv';
import { actionRows, goalRows } from '../pages/plan-csv';
import { type CsvCell, swedishCsv } from './swedish-csv';

/** Cells as Excel sees them: the BOM dropped, `;` between cells, quotes undone. */
function cells(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return parse(csv.slice(1), {
    delimiter: ';',
    record_delimiter: '\r\n',
    relax_column_count: true,
  });
}

/** No cell starts a formula, unless it is a plain number (`-3,5`). */
function expectInert(csv: string) {
  for (const cell of cells(csv).flat()) {
    if (/^[+-]?\d+(?:,\d+)?$/.test(cell)) continue;
    expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
  }
}

const comparison = (text: string) => ({
  subject: { label: text },
  compared: [{ label: text }],
  areas: [{ id: '1', title: text, value: 54, others: [{ value: 57.5, difference: -3.5 }] }],
  total: { value: 434, others: [{ value: 615, difference: -181 }] },
});

const planView = (text: string) =>
  ({
    plan: null,
    today: '2026-05-10',
    actions: [
      {
        id: 'a1',
        areaId: '2',
        title: text,
        description: text,
        questions: ['2.2'],
        improvement: text,
        owner: text,
        startDate: '2017-01-09',
        dueDate: '2018-12-31',
        status: 'inProgress',
        overdue: false,
        notes: [],
      },
    ],
    goals: [
      {
        id: 'g1',
        actionId: 'a1',
        title: text,
        unit: text,
        nulage: { date: '2018-12', value: -2.5, text },
        nulageStatus: 'near',
        measurements: [
          {
            id: 'm1',
            date: '2019-12',
            value: null,
            done: null,
            stated: 'met',
            text,
            status: 'met',
          },
        ],
      },
    ],
  }) as unknown as PlanView;

const EXPORTS: [string, (text: string) => CsvCell[][]][] = [
  ['comparison table', (text) => comparisonRows(comparison(text))],
  [
    "comparison table with the kommun's self-assessment",
    (text) =>
      comparisonRows(comparison(text), {
        label: text,
        areas: [{ value: 60, difference: -6 }],
        total: { value: null, difference: null },
        partial: [],
      }),
  ],
  ['plan actions', (text) => actionRows(planView(text), () => text)],
  ['plan measurements', (text) => goalRows(planView(text))],
];

describe.each(EXPORTS)('CSV export of the %s', (_name, rows) => {
  it.each(FORMULA_STRINGS)('writes %j as text a spreadsheet shows, never runs', (text) => {
    const csv = swedishCsv(rows(text));
    expectInert(csv);
    expect(cells(csv).flat()).toContain(`'${text}`);
  });
});

describe('swedishCsv', () => {
  it('keeps numbers numbers: negative and decimal ones with a comma, unquoted, unprefixed', () => {
    const csv = swedishCsv([['-3,5', -3.5, 57.5, '+12', -181, '0']]);
    expect(csv).toBe('\uFEFF-3,5;-3,5;57,5;+12;-181;0\r\n');
  });

  it('prefixes formula text with a quote and quotes cells with quotes, separators and breaks', () => {
    const csv = swedishCsv([['=1+1', '@A1', '-x', 'a;b', 'rad 1\nrad 2', '=HYPERLINK("x")']]);
    expect(csv).toBe('\uFEFF\'=1+1;\'@A1;\'-x;"a;b";"rad 1\nrad 2";"\'=HYPERLINK(""x"")"\r\n');
  });
});
