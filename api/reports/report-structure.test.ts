// The generated report against SKL's Enköping 2016 report (seed 002), section by section: every
// heading and standard-text slot the seed has is in the HTML, in the seed's order; the areas'
// titles as that year printed them; the figures unchanged; the default texts in our own words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html';
import { defaultStandardTexts } from './standard-texts-defaults';
import { fixtureReportModel } from './test-support/fixture-model';
import { withoutIsolates } from './test-support/without-isolates';

const SEED = '/work/shared/seeds/002_02072ae0ecd5f2ed.txt';
const seedPath = new URL(`file://${SEED}`);
const seed = (() => {
  try {
    return readFileSync(seedPath, 'utf8');
  } catch {
    return null;
  }
})();

/** The seed's structure, as its text shows it (kept here too, so the test runs without it). */
const SEED_STRUCTURE = [
  '1 Vad är Kommunkompassen?',
  '2 Enköpings kommun: En sammanfattande genomgång',
  'Utvärderingen',
  'Sammanfattning av resultat',
  'Tabell 1 Enköpings kommun 2016 i förhållande till Kommunkompassens huvudområden.',
  'Jämförelser',
  '3 Genomgång utifrån de åtta huvudområdena',
  ...[
    'Offentlighet och demokrati',
    'Tillgänglighet, bemötande och brukarorientering',
    'Politisk styrning och kontroll',
    'Ledarskap, ansvar och delegation',
    'Resultat och effektivitet',
    'Kommunen som arbetsgivare',
    'Verksamhetsutveckling',
    'Kommunen som samhällsbyggare',
  ].flatMap((title, i) => [
    `Område ${i + 1} ${title}`,
    'Rubriker',
    'Poäng',
    'Allmänt',
    'Sammanfattning',
    'Styrkor',
    'Förbättringsmöjligheter',
  ]),
  '4 Översikt av poängfördelning',
];

/** Tabell 1's rows and section 4's table titles as the 2016 report printed them. */
const TABLE_1 = [
  '1. Offentlighet och demokrati',
  '2. Tillgänglighet, bemötande och brukarorientering',
  '3. Politisk styrning och kontroll',
  '4. Ledarskap, ansvar och delegation',
  '5. Resultat och effektivitet',
  '6. Kommunen som arbetsgivare personalpolitik',
  '7. Verksamhetsutveckling',
  '8. Kommun som samhällsbyggare',
];
const SECTION_4 = [
  'Offentlighet och demokrati',
  'Tillgänglighet och brukarorientering',
  'Politisk styrning och kontroll',
  'Ledarskap, ansvar och delegation',
  'Resultat och effektivitet',
  'Kommunen som arbetsgivare - personalpolitik',
  'Ständiga förbättringar',
  'Kommunen som samhällsbyggare',
];

const model = fixtureReportModel({
  compareWith: [
    {
      id: 'orebro-2012',
      label: 'Örebro 2012',
      areas: { 1: 68, 2: 85, 3: 86, 4: 74, 5: 70, 6: 74, 7: 71, 8: 87 },
      total: 615,
    },
  ],
});
const html = withoutIsolates(reportHtml(model));
/** The HTML's text in document order, one element's text a line. */
const lines = html
  .replace(/<style>[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g, '')
  .split(/<(?:h[1-4]|p|li|th|td|caption|span)[^>]*>/)
  .map((chunk) =>
    chunk
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .trim(),
  )
  .filter(Boolean);

describe('the report against SKL’s Enköping 2016 report', () => {
  it.runIf(seed !== null)('takes its structure from the seed itself', () => {
    const text = seed as string;
    for (const heading of SEED_STRUCTURE) expect(text).toContain(heading);
    for (const row of TABLE_1) expect(text).toContain(`${row}\t`);
    for (const [i, title] of SECTION_4.entries()) expect(text).toContain(`${i + 1}.\t${title}\t`);
  });

  it('has every heading and standard-text slot of the seed, in the seed’s order', () => {
    let at = 0;
    for (const heading of SEED_STRUCTURE) {
      const found = lines.findIndex((line, i) => i >= at && line === heading);
      expect(found, `"${heading}" after line ${at}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it('names the areas as the report’s year printed them: Tabell 1, section 3, section 4', () => {
    expect(model.results.rows.map((row) => row.title)).toEqual(TABLE_1);
    expect(model.overview.map((table) => table.title)).toEqual(SECTION_4);
    expect(model.areas[6]?.heading).toBe('Område 7 Verksamhetsutveckling');
    expect(model.overview[6]?.title).toBe('Ständiga förbättringar');
  });

  it('fills every standard-text slot: section 1, Allmänt for all 8 areas, Jämförelser, Utvärderingen', () => {
    const intro = model.intro.blocks
      .map((block) => (block.kind === 'p' ? block.text : block.items.join(' | ')))
      .join('\n');
    // Every point of the seed's section 1.
    for (const point of [
      /1990-talet/,
      /Oslo universitet/,
      /Åbo Akademi/,
      /Norge/,
      /Sveriges Kommuner och Landsting har arbetat med verktyget sedan 2002/,
      /2010 reviderades/,
      /det politiska systemet \| kommunens tjänster till invånarna \| kommunens roll som arbetsplats \| lokalsamhällets utveckling/,
      /inte verksamhetens resultat/,
      /intervjuer \| kommunens officiella dokument \| kommunens webbplats/,
      /åtta huvudområden/,
      /mål- och resultatstyrning, decentralisering/,
      /styrkor och dess förbättringsområden/,
      /förebilder/,
      /handlingsplaner/,
      /förnyad utvärdering/,
    ]) {
      expect(intro).toMatch(point);
    }
    // The eight areas as a list.
    expect(model.intro.blocks.some((b) => b.kind === 'ul' && b.items.length === 8)).toBe(true);
    for (const area of model.areas) expect(area.general.blocks.length).toBeGreaterThan(0);
    expect(model.comparisons.blocks[0]).toMatchObject({ kind: 'p' });
    expect(withoutIsolates(model.method)).toBe(
      'Utvärderingen av Enköpings kommun gjordes i maj 2016, och det var första gången kommunen utvärderades med Kommunkompassen. ' +
        'Utvärderarna har studerat 14 dokument, granskat kommunens webbplats, granskat kommunens intranät och intervjuat 20 personer i organisationen. ' +
        'Bland de intervjuade fanns 6 politiker i majoriteten, 11 ledande tjänstemän och 3 fackliga representanter.',
    );
  });

  it('says a renewed evaluation and names SKR after 2019', () => {
    const renewed = fixtureReportModel({
      earlier: [2012, 2014],
      edit: (file) => ({ ...file, date: '2021-05', visit: undefined }),
    });
    expect(withoutIsolates(renewed.method)).toMatch(
      /gjordes i maj 2021 och var en förnyad utvärdering med Kommunkompassen; kommunen utvärderades tidigare 2012 och 2014\./,
    );
    expect(renewed.cover.publisher).toBe('Sveriges Kommuner och Regioner');
    expect(model.cover.publisher).toBe('Sveriges Kommuner och Landsting');
    expect(
      withoutIsolates(
        renewed.comparisons.blocks.map((b) => (b.kind === 'p' ? b.text : '')).join(''),
      ),
    ).toContain('www.skr.se');
  });

  it('keeps the Enköping figures: 45 delfrågor, the area sums and 434', () => {
    expect(model.overview.flatMap((table) => table.rows)).toHaveLength(45);
    expect(model.overview.map((table) => table.sum.points)).toEqual([
      54, 55, 63, 42, 43, 55, 56, 66,
    ]);
    expect(model.results.total).toBe(434);
    expect(html).toContain('<th scope="row">TOTALT</th><td class="num">434</td>');
  });

  it('writes the shipped texts in its own words: no run of eight words from the seed', () => {
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\d-]+/gu) ?? [];
    const seedText = words(seed ?? '').join(' ');
    const texts = defaultStandardTexts('kk-2010', 'sv');
    const ours = [
      texts.intro,
      texts.comparisons,
      ...Object.values(texts.evaluation),
      ...Object.values(texts.areas).map((area) => area.general),
    ].join('\n');
    const own = words(ours);
    const copied: string[] = [];
    for (let i = 0; i + 8 <= own.length; i++) {
      const run = own.slice(i, i + 8).join(' ');
      if (seedText.includes(run)) copied.push(run);
    }
    expect(copied).toEqual([]);
  });
});

describe('a draft', () => {
  const oneArea = fixtureReportModel({
    edit: (file) => ({
      ...file,
      status: 'visit',
      scores: Object.fromEntries(Object.entries(file.scores).filter(([id]) => id.startsWith('1.'))),
    }),
  });
  const partialArea = fixtureReportModel({
    edit: (file) => ({
      ...file,
      status: 'visit',
      scores: Object.fromEntries(Object.entries(file.scores).filter(([id]) => id !== '4.1')),
    }),
  });

  it('marks incomplete areas in sections 3 and 4', () => {
    const out = withoutIsolates(reportHtml(oneArea));
    expect(out).toContain(
      '<h3><span>Område 2 Tillgänglighet, bemötande och brukarorientering</span> <span class="incomplete">(ej fullständigt bedömt)</span></h3>',
    );
    expect(out).not.toContain(
      '<h3><span>Område 1 Offentlighet och demokrati</span> <span class="incomplete">',
    );
    expect(out).toContain(
      '<span>Tillgänglighet och brukarorientering</span> <span class="incomplete">(ej fullständigt bedömt)</span></th>',
    );
  });

  it('never plots a partial sum: an area missing one delfråga is a gap in the radar', () => {
    const area4 = partialArea.results.rows[3];
    expect(area4?.complete).toBe(false);
    expect(area4?.points).not.toBeNull(); // the table shows the partial sum, marked
    expect(partialArea.radar.series[0]?.values[3]).toBeNull();
    expect(withoutIsolates(partialArea.radar.desc)).toContain(
      'Enköping 2016: 54, 55, 63, –, 43, 55, 56, 66',
    );
  });
});
