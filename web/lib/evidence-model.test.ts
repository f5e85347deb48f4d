import { describe, expect, test } from 'vitest';
import {
  byDate,
  type EvidenceRecord,
  evidenceEdit,
  filterEvidence,
  mergeEvidence,
  normalizeDraft,
  today,
} from './evidence-model';
import type { PendingEdit } from './pending-store';

const record = (id: string, over: Partial<EvidenceRecord> = {}): EvidenceRecord => ({
  id,
  kind: 'interview',
  date: '2025-03-10',
  title: null,
  intervieweeGroup: 'official',
  function: null,
  reference: null,
  notes: `Anteckning ${id}`,
  questions: [],
  version: 1,
  ...over,
});

const pending = (key: string, body: Record<string, unknown>, updatedAt: number): PendingEdit => ({
  key,
  method: 'POST',
  path: '/api/evaluations/e1/evidence',
  body,
  baseVersion: 0,
  updatedAt,
});

describe('evidenceEdit', () => {
  const draft = {
    ...record('0b5c7a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d'),
    function: '  ',
    questions: ['3.2', '1.10', '1.2', '3.2'],
  };

  test('a new item is a POST to the collection that moves on to its own PUT path', () => {
    expect(evidenceEdit('e1', draft, 0)).toEqual({
      method: 'POST',
      path: '/api/evaluations/e1/evidence',
      updatePath: '/api/evaluations/e1/evidence/0b5c7a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d',
      baseVersion: 0,
      held: false,
      body: {
        id: '0b5c7a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d',
        kind: 'interview',
        date: '2025-03-10',
        title: null,
        intervieweeGroup: 'official',
        function: null,
        reference: null,
        notes: 'Anteckning 0b5c7a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d',
        questions: ['1.2', '1.10', '3.2'],
      },
    });
  });

  test('a stored item is a PUT on its version', () => {
    const edit = evidenceEdit('e1', draft, 3);
    expect([edit.method, edit.path, edit.baseVersion]).toEqual([
      'PUT',
      '/api/evaluations/e1/evidence/0b5c7a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d',
      3,
    ]);
  });

  test('only an interview keeps its group', () => {
    expect(normalizeDraft({ ...draft, kind: 'document' }).intervieweeGroup).toBeNull();
  });
});

describe('mergeEvidence', () => {
  test('unsent edits over saved records over the list; queue-only items after; deleted gone', () => {
    const views = mergeEvidence({
      evaluationId: 'e1',
      server: [record('a'), record('b'), record('c')],
      saved: { b: record('b', { notes: 'Sparad nyss', version: 2 }), n1: record('n1') },
      pending: {
        'evidence:e1:a': pending('evidence:e1:a', { ...record('a'), notes: 'Ändras offline' }, 5),
        'evidence:e1:n2': pending('evidence:e1:n2', { kind: 'interview', notes: 'Ny offline' }, 9),
        'evidence:e2:x': pending('evidence:e2:x', { kind: 'document', notes: 'Annan' }, 1),
        'areaText:e1:1': pending('areaText:e1:1', { summary: 'Text' }, 1),
      },
      errors: { 'evidence:e1:n2': 'intervieweeGroup: an interview needs the group' },
      deleted: new Set(['c']),
    });
    expect(views.map((v) => [v.id, v.notes, v.version, v.unsent, v.error])).toEqual([
      ['a', 'Ändras offline', 1, true, null],
      ['b', 'Sparad nyss', 2, false, null],
      ['n1', 'Anteckning n1', 1, false, null],
      ['n2', 'Ny offline', 0, true, 'intervieweeGroup: an interview needs the group'],
    ]);
  });
});

describe('filtering and order', () => {
  const items = [
    record('a', { date: '2025-03-12', questions: ['1.1'] }),
    record('b', { date: null, kind: 'document', questions: ['1.1', '3.2'] }),
    record('c', { date: '2025-03-10', questions: ['3.2'] }),
  ];

  test('by kind and by delfråga', () => {
    const ids = (list: EvidenceRecord[]) => list.map((item) => item.id);
    expect(ids(filterEvidence(items, { kind: null, question: '1.1' }))).toEqual(['a', 'b']);
    expect(ids(filterEvidence(items, { kind: 'interview', question: '3.2' }))).toEqual(['c']);
    expect(ids(filterEvidence(items, { kind: null, question: null }))).toEqual(['a', 'b', 'c']);
  });

  test('by date, undated last', () => {
    expect(byDate(items).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });

  test("today is the local date, not UTC's", () => {
    expect(today(new Date(2025, 0, 1, 0, 30))).toBe('2025-01-01');
  });
});
