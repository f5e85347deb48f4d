import { describe, expect, it } from 'vitest';
import { type ReportMean, reportTexts } from './report-texts';

const mean = (over: Partial<ReportMean>): ReportMean => ({
  period: { from: 2010, to: 2016 },
  count: 3,
  evaluations: 1,
  references: 2,
  years: [2010, 2012, 2014],
  ...over,
});

describe('the report names a mean by how many results and which years', () => {
  it('a period’s mean, in Swedish and English', () => {
    const sv = reportTexts('sv');
    const en = reportTexts('en');
    expect(sv.meanSeries(mean({ excluding: 'Enköping 2016' }))).toBe(
      'Snitt 2010–2016 (n = 3 från 2010, 2012 och 2014, utan Enköping 2016)',
    );
    expect(en.meanSeries(mean({}))).toBe('Mean 2010–2016 (n = 3 from 2010, 2012 and 2014)');
    expect(sv.radarBasis({ kind: 'chosen', mean: mean({}) })).toBe(
      'Snittet 2010–2016 är beräknat på publicerade resultat av samma version: 1 utvärdering och 2 referensresultat från 2010, 2012 och 2014.',
    );
    expect(sv.radarBasis({ kind: 'chosen' })).toBe('');
  });

  it('the default mean of every year, many years as a span', () => {
    const many = mean({
      period: null,
      count: 7,
      evaluations: 0,
      references: 7,
      years: [2010, 2011, 2012, 2013, 2014, 2016],
    });
    expect(reportTexts('sv').meanSeries(many)).toBe(
      'snittet av 7 publicerade resultat av samma version från 2010 till 2016',
    );
    expect(reportTexts('en').radarBasis({ kind: 'mean', mean: many })).toBe(
      'No comparison was chosen, so the diagram shows the mean of the published results of the same version: 7 reference results from 2010 to 2016.',
    );
    expect(
      reportTexts('sv').meanSeries(mean({ period: { from: 2014, to: 2014 }, years: [2014] })),
    ).toBe('Snitt 2014 (n = 3 från 2014)');
  });
});
