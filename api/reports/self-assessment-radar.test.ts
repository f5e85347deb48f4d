// The report's radar with the kommun's self-assessment as a series when the section
// "Självskattning och utvärdering" is asked for (HTML, PDF and Word share the radar).
import { describe, expect, it } from 'vitest';
import { zipEntry } from '../test-support/zip-entry';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { SERIES_COLOURS, SERIES_DASHES } from './report-radar';
import { withSelfAssessmentSeries } from './self-assessment-section';
import { fixtureReportModel } from './test-support/fixture-model';
import { reportWithSection } from './test-support/self-assessment-fixture';
import { withoutIsolates } from './test-support/without-isolates';

function modelWithSeries() {
  const model = reportWithSection('sv');
  model.radar = withSelfAssessmentSeries(model.radar, model.selfAssessment);
  return model;
}

describe("the report's radar with the kommun's self-assessment", () => {
  it('adds the series last, areas not estimated throughout as gaps, its values in the description', () => {
    const { radar } = modelWithSeries();
    const self = radar.series.at(-1);
    expect(self?.label).toBe('Kommunens självskattning');
    expect(self?.values).toEqual([70, 48, null, 42, null, null, null, null]);
    expect(withoutIsolates(radar.desc)).toContain(
      'Kommunens självskattning: 70, 48, –, 42, –, –, –, –',
    );
    expect(withoutIsolates(radar.desc)).toContain('Enköping 2016: 54, 55, 63, 42, 43, 55, 56, 66');
  });

  it('draws it in its own colour and dash: lines between estimated neighbours only, no polygon', () => {
    const model = modelWithSeries();
    const index = model.radar.series.length - 1;
    const colour = SERIES_COLOURS[index] as string;
    const dash = SERIES_DASHES[index] as string;
    expect(model.radar.series.slice(0, index).map((_, s) => SERIES_COLOURS[s])).not.toContain(
      colour,
    );
    const svg = /<svg[\s\S]*?<\/svg>/.exec(withoutIsolates(reportHtml(model)))?.[0] ?? '';
    expect(svg).toContain('>Kommunens självskattning</text>');
    // Areas 1-2 are neighbours (one line); 4 stands alone (a marker); plus the legend's line.
    const lines = svg.match(new RegExp(`<line [^>]*stroke="${colour}"[^>]*/>`, 'g')) ?? [];
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain(`stroke-dasharray="${dash}"`);
    expect(svg).not.toMatch(new RegExp(`<path [^>]*stroke="${colour}"`));
  });

  it('gives the Word radar image the same description', async () => {
    const xml = zipEntry(await reportDocx(modelWithSeries()), 'word/document.xml');
    expect(withoutIsolates(xml)).toContain('Kommunens självskattning: 70, 48, –, 42, –, –, –, –');
  });

  it('leaves the radar as it was without the section, and refuses a self-assessment of other areas', () => {
    const model = fixtureReportModel();
    expect(withSelfAssessmentSeries(model.radar, undefined)).toBe(model.radar);
    const section = reportWithSection('sv').selfAssessment;
    if (!section) throw new Error('the fixture has a section');
    const { '8': _dropped, ...seven } = section.series.values;
    expect(() =>
      withSelfAssessmentSeries(model.radar, {
        ...section,
        series: { ...section.series, values: seven },
      }),
    ).toThrow('the self-assessment has no area 8');
  });
});
