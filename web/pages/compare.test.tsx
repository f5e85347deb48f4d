import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enkopingFile from '../../fixtures/evaluations/enkoping-2016.json';
import enkopingRefs from '../../fixtures/references/enkoping.json';
import grastorpRefs from '../../fixtures/references/grastorp.json';
import orebroRefs from '../../fixtures/references/orebro.json';
import vallentunaRefs from '../../fixtures/references/vallentuna.json';
import kk2010Json from '../../rubrics/kk-2010.json';
import mappingJson from '../../rubrics/kk-2010--kk-2020.mapping.json';
import { Rubric } from '../../rubrics/rubric';
import { RubricMapping } from '../../rubrics/rubric-mapping';
import { type ComparableResult, comparableFromResult } from '../../scoring/comparable-result';
import { compareResults } from '../../scoring/compare';
import { distribution } from '../../scoring/distribution';
import type { QuestionScores } from '../../scoring/question-score';
import { scoreEvaluation } from '../../scoring/score-evaluation';
import {
  type SelfAssessmentEntry,
  scoreSelfAssessment,
  selfAssessmentGaps,
} from '../../scoring/self-assessment';
import { trend } from '../../scoring/trend';
import { comparisonRows } from './compare-csv';
import { selfAssessmentColumn } from './compare-self-assessment';

/**
 * The comparison page fed with what the engine computes for Enköping 2016 against Örebro 2012,
 * Grästorp 2014 and Vallentuna 2021 (another rubric version, so indicative). Each test reads the
 * numbers back out of the rendered chart and out of the rendered table and demands they agree:
 * a chart or a table that drifted from the other fails here.
 */
interface FixtureReference {
  id: string;
  municipality: { name: string; code: string };
  year: number;
  rubric: string;
  kind: string;
  areas?: Record<string, number>;
  total: number;
  source: string;
}
const kk2010 = Rubric.parse(kk2010Json);
const mapping = RubricMapping.parse(mappingJson);
const references = [enkopingRefs, grastorpRefs, orebroRefs, vallentunaRefs].flatMap(
  (file) => file.references as FixtureReference[],
);
const reference = (id: string): FixtureReference => {
  const found = references.find((r) => r.id === id);
  if (!found) throw new Error(`no fixture reference ${id}`);
  return found;
};
const comparable = (r: FixtureReference): ComparableResult => ({
  id: r.id,
  label: `${r.municipality.name} ${r.year}`,
  rubric: r.rubric,
  year: r.year,
  municipalityCode: r.municipality.code,
  areas: { ...(r.areas ?? {}) },
  total: r.total,
  complete: true,
  indicative: false,
});

const result = scoreEvaluation(kk2010, enkopingFile.scores as QuestionScores);
const subject = comparableFromResult(result, {
  id: 'e1',
  label: 'Enköping 2016',
  year: 2016,
  municipalityCode: '0381',
});
const WITH = ['orebro-2012', 'grastorp-2014', 'vallentuna-2021'];
const comparison = compareResults(
  kk2010,
  subject,
  WITH.map((id) => comparable(reference(id))),
  [mapping],
);
const kk2010Others = ['orebro-2010', 'orebro-2012', 'grastorp-2014'];
const routes: Record<string, unknown> = {
  'GET /api/auth/me': {
    id: 'u-admin',
    email: 'admin@kompass.local',
    name: 'Admin',
    role: 'admin',
    municipalityCode: null,
  },
  'GET /api/evaluations/e1': {
    id: 'e1',
    municipality: { code: '0381', name: 'Enköping', officialName: 'Enköpings kommun' },
    rubric: { id: 'kk-2010', version: '1.0.0', checksum: 'x', versionId: 'v1' },
    date: '2016-05',
    visit: null,
    status: 'published',
    team: [],
    facts: {},
    total: { shownPoints: 434, max: 800, complete: true },
    version: 1,
    createdAt: '2016-05-01T00:00:00Z',
    updatedAt: '2016-05-01T00:00:00Z',
    publishedAt: '2016-06-01T00:00:00Z',
  },
  'GET /api/rubrics/versions/v1': { ...kk2010, versionId: 'v1' },
  'GET /api/evaluations/e1/result': result,
  'GET /api/evaluations/e1/comparison': comparison,
  'GET /api/evaluations/e1/distribution': distribution(
    kk2010,
    subject,
    kk2010Others.map((id) => comparable(reference(id))),
  ),
  'GET /api/evaluations/e1/trend': {
    municipality: { code: '0381', name: 'Enköping' },
    points: trend([subject, comparable(reference('enkoping-2018'))]),
  },
  'GET /api/references': {
    references: references.map((r) => ({ ...r, totalsOnly: r.areas === undefined, version: 1 })),
  },
};

const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const body = routes[`${method} ${url.pathname}`];
  return body === undefined
    ? Response.json({ error: { code: 'not_found', message: url.pathname } }, { status: 404 })
    : Response.json(body, { status: 200 });
});

beforeAll(() => {
  vi.stubGlobal('fetch', fetchMock);
});
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(cleanup);

async function openCompare() {
  // Imported after fetch is stubbed: the session loads the logged-in user on import.
  const { default: Compare } = await import('./compare');
  const history = createMemoryHistory();
  history.set({ value: `/evaluations/e1/compare?with=${WITH.join(',')}` });
  render(() => (
    <MemoryRouter history={history}>
      <Route path="/evaluations/:id/compare" component={Compare} />
    </MemoryRouter>
  ));
  const table = await screen.findByRole('table', { name: 'Poäng per område' });
  // The difference view needs the rubric and the result as well as the comparison.
  await screen.findByRole('heading', { name: 'Skillnad per område' });
  await screen.findByRole('heading', { name: 'Fördelning' });
  return table;
}

/** `−14` (U+2212), `+5`, `±0`, `12,5` -> numbers; `–` -> null. */
function number(text: string | null | undefined): number | null {
  const clean = (text ?? '')
    .replace(/\u2212/g, '-')
    .replace(/[\u00a0±\s]/g, '')
    .replace(',', '.');
  if (clean === '–' || clean === '') return null;
  const value = Number(clean);
  if (Number.isNaN(value)) throw new Error(`"${text}" is not a number`);
  return value;
}

interface ComparisonTable {
  /** Column headers after "Område": the subject, the compared results, then the differences. */
  headers: string[];
  /** Row header -> the numbers of its cells, in column order. */
  rows: Map<string, (number | null)[]>;
}

function readTable(table: HTMLElement): ComparisonTable {
  const headers = [...table.querySelectorAll('thead th')]
    .slice(1)
    .map((th) => th.textContent ?? '');
  const rows = new Map(
    [...table.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('th')?.textContent ?? '',
      [...tr.querySelectorAll('td')].map((td) => number(td.textContent)),
    ]),
  );
  return { headers, rows };
}

/** The table's rows for the 8 areas, in rubric order (row headers are "1. Title"). */
function areaRows(table: ComparisonTable): (number | null)[][] {
  return kk2010.areas.map((area) => {
    const row = table.rows.get(`${area.id}. ${area.title}`);
    if (!row) throw new Error(`the table has no row for area ${area.id}`);
    return row;
  });
}

describe('the comparison page: chart and table show the same numbers', () => {
  it('the radar: every series point, by its name and by its place, equals its table cell', async () => {
    const table = readTable(await openCompare());
    const series = comparison.radar.length; // the subject and the three compared
    expect(series).toBe(4);
    const labels = [comparison.subject.label, ...comparison.compared.map((c) => c.label)];
    // The first columns name the series in the radar's order.
    expect(table.headers.slice(0, series).map((h) => h.replace(/ \(indikativ\)$/, ''))).toEqual(
      labels,
    );
    const radar = document.getElementById('compare-radar') as unknown as SVGSVGElement;
    const groups = [...radar.querySelectorAll('g.radar-series')];
    expect(groups.map((g) => g.getAttribute('data-series'))).toEqual([
      'e1',
      'orebro-2012',
      'grastorp-2014',
      'vallentuna-2021',
    ]);
    const legend = within(screen.getByRole('list', { name: 'Serier' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s*\(indikativ: annan version\)$/, '').trim());
    expect(legend).toEqual(labels);

    const axisLabels = [...radar.querySelectorAll('text.radar-label')].map((t) => t.textContent);
    expect(axisLabels).toEqual(kk2010.areas.map((a) => a.shortTitle));
    const rows = areaRows(table);
    groups.forEach((group, s) => {
      const points = [...group.querySelectorAll('circle[role="img"]')];
      expect(points).toHaveLength(8);
      points.forEach((point, i) => {
        const cell = rows[i]?.[s] ?? null;
        // Its accessible name: "<series>, <axis>: <value> poäng".
        const name = point.getAttribute('aria-label') ?? '';
        const match = /^(.*), (.*): (.*) poäng$/.exec(name);
        expect(match?.slice(1, 3), name).toEqual([labels[s], axisLabels[i]]);
        expect(number(match?.[3]), `${name} vs the table`).toBe(cell);
        // Its place: the distance from the centre is value / max of the radius (120).
        const r = Math.hypot(Number(point.getAttribute('cx')), Number(point.getAttribute('cy')));
        expect((r / 120) * (kk2010.areas[i]?.maxPoints ?? 0), name).toBeCloseTo(cell ?? -1, 1);
      });
    });
    // And the total row agrees with the series' sums of shown areas as SKL publishes them.
    const total = table.rows.get('Totalt') ?? [];
    expect(total.slice(0, series)).toEqual([434, 615, 506, 648]);
  });

  it('the difference view: each bar, against each chosen result, equals the table difference', async () => {
    const table = readTable(await openCompare());
    const rows = areaRows(table);
    const others = comparison.compared.length;
    const select = screen.getByRole('combobox', { name: 'Jämfört med' }) as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toEqual(comparison.compared.map((c) => c.label));
    const chart = document.querySelector('svg.difference-chart') as SVGSVGElement;
    for (let against = 0; against < others; against++) {
      fireEvent.change(select, { target: { value: String(against) } });
      const label = comparison.compared[against]?.label ?? '';
      await waitFor(() => expect(chart.getAttribute('aria-label')).toContain(label));
      const column = 1 + others + against; // subject, the others' values, then the differences
      expect(table.headers[column]).toBe(`Skillnad mot ${label}`);
      const bars = [...chart.querySelectorAll('g')].map((g) => ({
        label: g.querySelector('text.bar-label')?.textContent,
        value: number(g.querySelector('text.bar-value')?.textContent),
        rect: g.querySelector('rect') as SVGRectElement,
      }));
      expect(bars.map((b) => b.label)).toEqual(kk2010.areas.map((a) => `${a.id}. ${a.shortTitle}`));
      const expected = rows.map((row) => row[column] ?? null);
      expect(bars.map((b) => b.value)).toEqual(expected);
      // Each bar points the way of its sign and is as long as its value says.
      const width = (value: number) =>
        Number(bars.find((b) => b.value === value)?.rect.getAttribute('width'));
      for (const bar of bars) {
        const value = bar.value ?? 0;
        expect(bar.rect.getAttribute('class')).toBe(value < 0 ? 'bar negative' : 'bar positive');
        const widest = Math.max(...bars.map((b) => Math.abs(b.value ?? 0)));
        if (value !== 0 && widest > 0) {
          const longest = Math.max(...bars.map((b) => width(b.value ?? 0)));
          expect(Number(bar.rect.getAttribute('width')) / longest).toBeCloseTo(
            Math.abs(value) / widest,
            3,
          );
        }
      }
    }
    // Sorted by difference, the bars keep their values: only the order changes.
    fireEvent.change(select, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sortera efter skillnad' }));
    await waitFor(() => {
      const values = [...chart.querySelectorAll('text.bar-value')].map((t) =>
        number(t.textContent),
      );
      expect(values).toEqual(
        [...rows.map((row) => row[1 + others] ?? null)].sort((a, b) => (a ?? 0) - (b ?? 0)),
      );
    });
  });

  it('the distribution view: the subject and the compared results it shares equal the table', async () => {
    const table = readTable(await openCompare());
    const rows = areaRows(table);
    const section = screen.getByRole('region', { name: 'Fördelning' });
    const lines = within(section).getAllByRole('row');
    expect(lines).toHaveLength(9);
    const titles = [...kk2010.areas.map((a) => `${a.id}. ${a.shortTitle}`), 'Totalt'];
    const tableRows = [...rows, table.rows.get('Totalt') ?? []];
    lines.forEach((line, index) => {
      expect(line.querySelector('th')?.textContent).toBe(titles[index]);
      const cells = tableRows[index] ?? [];
      // The subject's value, in bold beside the strip, is the table's first column.
      expect(number(line.querySelector('td.num strong')?.textContent)).toBe(cells[0]);
      // The strip names every dot with its value: those also in the table agree with it.
      const strip = line.querySelector('svg.strip') as SVGSVGElement;
      const named = new Map(
        (strip.getAttribute('aria-label') ?? '')
          .replace(/^[^:]*: /, '')
          .split(', ')
          .map((entry) => {
            const at = entry.lastIndexOf(' ');
            return [entry.slice(0, at), number(entry.slice(at + 1))] as const;
          }),
      );
      expect(named.get('Enköping 2016')).toBe(cells[0]);
      expect(named.get('Örebro 2012')).toBe(cells[1]);
      expect(named.get('Grästorp 2014')).toBe(cells[2]);
      // The subject's dot sits where its value is on the 0..max axis (300 wide).
      const max = index === 8 ? 800 : 100;
      const dot = strip.querySelector('circle.subject') as SVGCircleElement;
      expect(Number(dot.getAttribute('cx'))).toBeCloseTo(((cells[0] ?? -1) / max) * 300, 3);
    });
  });

  it('lists only references with area scores to choose from; the trend shows the totals-only one', async () => {
    await openCompare();
    const choices = within(screen.getByRole('group', { name: 'Jämför med (högst fyra)' }))
      .getAllByRole('checkbox')
      .map((box) => box.parentElement?.textContent?.trim());
    expect(choices.some((c) => c?.startsWith('Enköping 2018'))).toBe(false);
    expect(choices.some((c) => c?.startsWith('Örebro 2015'))).toBe(false);
    expect(choices.some((c) => c?.startsWith('Örebro 2012'))).toBe(true);
    expect(screen.getByText(/publicerade resultat har bara totalpoäng/).textContent).toMatch(/^4 /);
    const trendTable = await screen.findByRole('table', { name: 'Totalpoäng per år' });
    const trendRows = within(trendTable)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(trendRows).toEqual([
      ['2016', 'Enköping 2016 (kk-2010)', '434'],
      ['2018', 'Enköping 2018 (kk-2010), endast totalpoäng publicerad', '519'],
    ]);
  });
});

/**
 * The kommun's self-assessment as the API gives it (api/questionnaire/self-assessment-comparison):
 * area 1 "Fullt ut" throughout, area 2 half of every max, area 3 one delfråga only (partial: no
 * figure), the rest not estimated.
 */
type SelfAssessed = 'complete' | 'partial' | 'none';
function selfAssessmentGapsFixture() {
  const entries: Record<string, SelfAssessmentEntry> = {};
  for (const area of kk2010.areas) {
    area.questions.forEach((question, i) => {
      if (area.id === '1') entries[question.id] = { level: 'fully' };
      if (area.id === '2') entries[question.id] = { points: question.maxPoints / 2 };
      if (area.id === '3' && i === 0) entries[question.id] = { level: 'partly' };
    });
  }
  const self = scoreSelfAssessment(kk2010, entries);
  const gaps = selfAssessmentGaps(result, self);
  const status = (complete: boolean, points: number | null): SelfAssessed =>
    complete ? 'complete' : points !== null ? 'partial' : 'none';
  const only = <G extends { selfAssessment: number | null; difference: number | null }>(
    gap: G,
    selfAssessed: SelfAssessed,
  ) =>
    selfAssessed === 'complete'
      ? { ...gap, selfAssessed }
      : { ...gap, selfAssessment: null, difference: null, selfAssessed };
  return {
    available: true,
    areas: gaps.areas.map((gap, i) =>
      only(
        { ...gap, shortTitle: kk2010.areas[i]?.shortTitle ?? '' },
        status(self.areas[i]?.complete ?? false, self.areas[i]?.points ?? null),
      ),
    ),
    total: only({ ...gaps.total, shortTitle: 'total' }, status(self.total.complete, 1)),
  };
}

describe("the comparison page with the kommun's self-assessment", () => {
  const route = 'GET /api/evaluations/e1/self-assessment/comparison';
  const gaps = selfAssessmentGapsFixture();
  beforeAll(() => {
    routes[route] = gaps;
  });
  afterAll(() => {
    delete routes[route];
  });

  /** The radar group of one series, by its id. */
  const seriesGroup = (id: string) =>
    document.querySelector(`#compare-radar g.radar-series[data-series="${id}"]`);

  it('draws it in the main radar as a series of its own, its points equal to the table column, partial areas a gap', async () => {
    const table = readTable(await openCompare());
    const radar = document.getElementById('compare-radar') as unknown as SVGSVGElement;
    const groups = [...radar.querySelectorAll('g.radar-series')];
    expect(groups.map((g) => g.getAttribute('data-series'))).toEqual([
      'e1',
      ...WITH,
      'self-assessment',
    ]);
    // Its own colour class and dash pattern, unlike every other series'.
    const own = seriesGroup('self-assessment');
    expect(own?.getAttribute('class')).toBe('radar-series series-4');
    const dashes = groups.map((g) => g.querySelector('path')?.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).toBe(groups.length);
    const legend = within(screen.getByRole('list', { name: 'Serier' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent?.trim());
    expect(legend.at(-1)).toBe('Kommunens självskattning');

    // The table: the self-assessment after the compared values, its difference last.
    const others = comparison.compared.length;
    expect(table.headers[1 + others]).toBe('Kommunens självskattning');
    expect(table.headers.at(-1)).toBe('Skillnad mot kommunens självskattning');
    const rows = areaRows(table);
    const valueColumn = 1 + others;
    const differenceColumn = table.headers.length - 1;
    rows.forEach((row, i) => {
      const gap = gaps.areas[i];
      expect(row[valueColumn], `area ${i + 1}`).toBe(gap?.selfAssessment ?? null);
      // The evaluation minus the self-assessment, as every other difference of the table.
      expect(row[differenceColumn], `area ${i + 1}`).toBe(
        gap?.difference == null ? null : -gap.difference,
      );
    });
    expect(rows[0]?.[valueColumn]).toBe(100);
    expect(rows[0]?.[differenceColumn]).toBe(-47);
    expect(rows[2]?.[valueColumn]).toBeNull(); // area 3 estimated in part: no figure
    expect(table.rows.get('Totalt')?.[valueColumn]).toBeNull();

    // Its points: only areas 1 and 2, each named and placed by its table cell.
    const points = [...(own?.querySelectorAll('circle[role="img"]') ?? [])];
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual([
      `Kommunens självskattning, ${kk2010.areas[0]?.shortTitle}: 100 poäng`,
      `Kommunens självskattning, ${kk2010.areas[1]?.shortTitle}: ${String(rows[1]?.[valueColumn]).replace('.', ',')} poäng`,
    ]);
    points.forEach((point, i) => {
      const r = Math.hypot(Number(point.getAttribute('cx')), Number(point.getAttribute('cy')));
      expect((r / 120) * 100).toBeCloseTo(rows[i]?.[valueColumn] ?? -1, 1);
    });
    // The line joins the two neighbours only: one segment, never a closed shape over a gap.
    expect(own?.querySelector('path')?.getAttribute('d')).toMatch(/^M[-\d.,]+ L[-\d.,]+$/);
    expect(screen.getByText(/skattade inte alla delfrågor i område 3\./)).toBeTruthy();
  });

  it('is on by default and turned off by its checkbox: no series, no columns', async () => {
    await openCompare();
    const box = screen.getByRole('checkbox', { name: /^Kommunens självskattning/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Visa jämförelse' }));
    await waitFor(() => expect(seriesGroup('self-assessment')).toBeNull());
    expect(seriesGroup('e1')).not.toBeNull();
    const table = readTable(screen.getByRole('table', { name: 'Poäng per område' }));
    expect(table.headers).not.toContain('Kommunens självskattning');
    expect(table.headers).not.toContain('Skillnad mot kommunens självskattning');
    expect(screen.queryByText(/skattade inte alla delfrågor/)).toBeNull();
  });

  it('with nothing else chosen, draws the evaluation and its self-assessment', async () => {
    const { default: Compare } = await import('./compare');
    const history = createMemoryHistory();
    history.set({ value: '/evaluations/e1/compare' });
    render(() => (
      <MemoryRouter history={history}>
        <Route path="/evaluations/:id/compare" component={Compare} />
      </MemoryRouter>
    ));
    const table = readTable(await screen.findByRole('table', { name: 'Poäng per område' }));
    expect(table.headers).toEqual([
      'Enköping 2016',
      'Kommunens självskattning',
      'Skillnad mot kommunens självskattning',
    ]);
    expect(areaRows(table).map((row) => row[0])).toEqual(
      result.areas.map((area) => area.shownPoints),
    );
    expect(table.rows.get('Totalt')).toEqual([434, null, null]);
    const groups = [...document.querySelectorAll('#compare-radar g.radar-series')];
    expect(groups.map((g) => g.getAttribute('data-series'))).toEqual(['e1', 'self-assessment']);
    expect(groups.map((g) => g.getAttribute('class'))).toEqual([
      'radar-series series-0',
      'radar-series series-1',
    ]);
  });

  it('writes the self-assessment and its difference into the CSV when shown', () => {
    const column = selfAssessmentColumn(
      gaps,
      comparison.areas.map((a) => a.id),
      'Kommunens självskattning',
    );
    const rows = comparisonRows(comparison, column);
    const others = comparison.compared.length;
    expect(rows[0]?.[1 + others + 1]).toBe('Kommunens självskattning');
    expect(rows[0]?.at(-1)).toBe('Skillnad mot kommunens självskattning');
    expect(rows[1]?.[1 + others + 1]).toBe(100);
    expect(rows[1]?.at(-1)).toBe(-47);
    expect(rows[3]?.[1 + others + 1]).toBeNull();
    expect(comparisonRows(comparison)[0]).not.toContain('Kommunens självskattning');
  });
});

describe('the comparison page without a self-assessment', () => {
  it('offers no self-assessment choice and draws no such series', async () => {
    await openCompare();
    expect(screen.queryByRole('checkbox', { name: /^Kommunens självskattning/ })).toBeNull();
    expect(document.querySelector('g.radar-series[data-series="self-assessment"]')).toBeNull();
  });
});
