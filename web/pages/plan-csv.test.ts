import { describe, expect, it } from 'vitest';
import type { PlanView } from '../components/plan-api';
import { swedishCsv } from '../lib/swedish-csv';
import { actionRows, goalRows } from './plan-csv';

const action = {
  id: 'a1',
  areaId: '2',
  title: 'Kortare kötid',
  description: '',
  questions: ['2.2'],
  improvement: 'Ett strategiskt grepp om tillgänglighet och bemötande',
  owner: 'Kontaktcenter',
  startDate: '2017-01-09',
  dueDate: '2018-12-31',
  status: 'inProgress',
  overdue: true,
  notes: [],
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
} as const;

const view = {
  plan: null,
  today: '2026-05-10',
  actions: [action],
  goals: [
    {
      id: 'g1',
      actionId: 'a1',
      title: 'Kötid',
      indicator: '',
      unit: 'minuter',
      direction: 'lowerBetter',
      bands: { met: { min: 0, minInclusive: true, max: 2, maxInclusive: true }, notMet: {} },
      deadline: null,
      nearFrom: null,
      nulage: { date: '2018-12', value: 2.74, text: '2,74 minuter' },
      nulageStatus: 'near',
      targetDate: null,
      note: '',
      measurements: [
        {
          id: 'm1',
          date: '2019-12-31',
          value: 1.8,
          done: null,
          stated: null,
          text: null,
          status: 'met',
          createdAt: '2026-01-01T00:00:00Z',
        },
      ],
      status: 'met',
      version: 1,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    },
  ],
} as unknown as PlanView;

describe('plan CSV rows', () => {
  it('one row per action, status and overdue in words', () => {
    const csv = swedishCsv(actionRows(view, () => 'Tillgänglighet och brukarorientering'));
    expect(csv).toBe(
      '\uFEFFOmråde;Rubrik;Ansvarig (roll eller enhet);Start;Klar senast;Status;Försenad;Förbättringsområde;Delfrågor\r\n' +
        '2. Tillgänglighet och brukarorientering;Kortare kötid;Kontaktcenter;2017-01-09;2018-12-31;Pågår;Försenad;Ett strategiskt grepp om tillgänglighet och bemötande;2.2\r\n',
    );
  });

  it('one row per observation, Nuläge first, values with a decimal comma', () => {
    const csv = swedishCsv(goalRows(view));
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      'Kötid;Kortare kötid;minuter;2018-12;2,74;Nuläge;Nära målet',
      'Kötid;Kortare kötid;minuter;2019-12-31;1,8;Mätning;Målet uppnått',
    ]);
  });
});
