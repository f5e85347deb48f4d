import { describe, expect, it } from 'vitest';
import { loadRubricLibrary } from '../../rubrics/load-rubrics';
import { reportHtml } from './report-html';
import { REPORT_LANGUAGES } from './report-texts';
import { defaultStandardTexts, shippedStandardTexts } from './standard-texts-defaults';
import { fixtureReportModel } from './test-support/fixture-model';

const library = loadRubricLibrary();
const TITLES = ['contentsTitle', 'tableTitle', 'sectionTitle', 'overviewTitle'] as const;

/** Words that only Swedish text holds: one of them in an English default is untranslated text. */
const SWEDISH = /\b(och|att|som|är|för|det|med|kommunen|inte|eller|av|på)\b/i;

const versions = [...library.rubrics.values()].flatMap(({ rubric }) =>
  REPORT_LANGUAGES.map((language) => [rubric.id, rubric.version, language] as const),
);

describe('the shipped standard texts', () => {
  it.each(versions)('%s %s (%s) have a default in every slot', (id, version, language) => {
    const rubric = library.rubrics.get(id)?.rubric;
    expect(rubric).toBeDefined();
    const file = shippedStandardTexts().get(`${id}|${language}`);
    expect(file, `api/reports/standard-texts/${id}.${language}.json`).toBeDefined();
    expect(file?.rubricVersion).toBe(version);
    const texts = defaultStandardTexts(id, language);
    const slots: [string, string | undefined][] = [
      ['intro', texts.intro],
      ['comparisons', texts.comparisons],
      ...Object.entries(texts.evaluation).map(
        ([slot, text]) => [`evaluation.${slot}`, text] as [string, string],
      ),
    ];
    for (const area of rubric?.areas ?? []) {
      const own = texts.areas[area.id];
      slots.push([`areas.${area.id}.general`, own?.general]);
      for (const title of TITLES) slots.push([`areas.${area.id}.${title}`, own?.[title]]);
    }
    expect(Object.keys(texts.areas).sort()).toEqual(rubric?.areas.map((a) => a.id).sort());
    expect(slots.length).toBe(7 + 5 * (rubric?.areas.length ?? 0));
    expect(slots.filter(([, text]) => !text?.trim()).map(([slot]) => slot)).toEqual([]);
    if (language === 'en') {
      expect(slots.filter(([, text]) => SWEDISH.test(text ?? '')).map(([slot]) => slot)).toEqual(
        [],
      );
    }
  });

  it('give kk-2020 the rubric’s own area titles in every place (no source says otherwise)', () => {
    const rubric = library.rubrics.get('kk-2020')?.rubric;
    const texts = defaultStandardTexts('kk-2020', 'sv');
    for (const area of rubric?.areas ?? []) {
      for (const title of TITLES) expect(texts.areas[area.id]?.[title]).toBe(area.title);
    }
  });

  it('leave no Swedish tool text in an English report: only rubric texts and findings', () => {
    const model = fixtureReportModel({ language: 'en' });
    expect(model.contents.filter((entry) => entry.sv)).toEqual([]);
    expect(model.results.rows.filter((row) => row.sv)).toEqual([]);
    expect(model.areas.filter((area) => area.headingSv || area.general.sv)).toEqual([]);
    expect(model.areas.every((area) => area.general.blocks.length > 0)).toBe(true);
    expect(model.overview.filter((table) => table.titleSv)).toEqual([]);
    // The radar's axes are the rubric's short titles, marked Swedish.
    expect(reportHtml(model)).toContain(
      'fill="#1f2430" lang="sv">1. Offentlighet/demokrati</text>',
    );
    // The HTML with everything marked Swedish taken out holds no Swedish words.
    const html = reportHtml(model);
    const english = html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<(\w+)[^>]*\blang="sv"[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      // Names stay as they are: the kommun's and the publisher's.
      .replace(/Enköpings kommun|Enköping|Sveriges Kommuner och (Landsting|Regioner)/g, '');
    expect(english.match(new RegExp(SWEDISH.source, 'gi')) ?? []).toEqual([]);
  });
});
