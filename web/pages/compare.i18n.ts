import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: (name: string) => `Jämförelse: ${name}`,
    choose: 'Jämför med (högst fyra)',
    references: 'Referenskommuner',
    mean: 'Snitt av publicerade utvärderingar',
    meanLabel: (period: string, count: number, excluding?: string) =>
      `Snitt ${period} (n = ${count}${excluding ? `, utan ${excluding}` : ''})`,
    meanFrom: 'Från år',
    meanTo: 'Till år',
    earlier: 'Kommunens tidigare resultat',
    show: 'Visa jämförelse',
    tooMany: 'Välj högst fyra att jämföra med.',
    chartTitle: (name: string) => `Radardiagram: ${name} jämfört med valda resultat`,
    chartDesc: (n: number) =>
      `Åtta axlar, 0–100 poäng per huvudområde, ${n} serier. Alla värden finns i tabellen.`,
    table: 'Poäng per område',
    area: 'Område',
    difference: (name: string) => `Skillnad mot ${name}`,
    total: 'Totalt',
    rank: (rank: number, of: number, percentile: string) =>
      `Rang ${rank} av ${of} i urvalet (bättre än ${percentile} % av de övriga)`,
    indicative:
      'Jämförelsen mellan versioner går via en härledd mappning (inte SKR:s) och är endast indikativ.',
    indicativeTag: 'indikativ',
    nothing: 'Välj minst ett resultat att jämföra med.',
    version: (rubric: string) => `version ${rubric}`,
    totalsOnlyHint: (n: number) =>
      `${n} publicerade resultat har bara totalpoäng (inga områdespoäng). De visas i kommunens utveckling över tid, inte här.`,
    exports: 'Ladda ner',
    exportSvg: 'Diagrammet som SVG',
    exportPng: 'Diagrammet som PNG',
    exportCsv: 'Tabellen som CSV (Excel)',
    fileName: 'jamforelse',
    selfAssessment: 'Kommunens självskattning',
    selfAssessmentHint: 'före besöket, bredvid utvärderingen',
    selfDifference: 'Skillnad mot kommunens självskattning',
    selfDifferenceNote:
      'Skillnad mot kommunens självskattning är utvärderingen minus självskattningen, avrundad från de exakta poängen: ett minus betyder att kommunen skattade sig högre än utvärderarna.',
    selfPartial: (areas: string) =>
      `Kommunen skattade inte alla delfrågor i område ${areas}. Där visas ingen självskattning, och diagrammet har ett glapp.`,
  },
  {
    title: (name: string) => `Comparison: ${name}`,
    choose: 'Compare with (at most four)',
    references: 'Reference municipalities',
    mean: 'Mean of published evaluations',
    meanLabel: (period: string, count: number, excluding?: string) =>
      `Mean ${period} (n = ${count}${excluding ? `, without ${excluding}` : ''})`,
    meanFrom: 'From year',
    meanTo: 'To year',
    earlier: "The municipality's earlier results",
    show: 'Show comparison',
    tooMany: 'Choose at most four to compare with.',
    chartTitle: (name: string) => `Radar chart: ${name} compared with the chosen results`,
    chartDesc: (n: number) =>
      `Eight axes, 0–100 points per area, ${n} series. Every value is in the table.`,
    table: 'Points per area',
    area: 'Area',
    difference: (name: string) => `Difference to ${name}`,
    total: 'Total',
    rank: (rank: number, of: number, percentile: string) =>
      `Rank ${rank} of ${of} in the set (better than ${percentile} % of the others)`,
    indicative:
      'The comparison across versions goes through an inferred mapping (not SKR’s) and is indicative only.',
    indicativeTag: 'indicative',
    nothing: 'Choose at least one result to compare with.',
    version: (rubric: string) => `version ${rubric}`,
    totalsOnlyHint: (n: number) =>
      `${n} published results have a total only (no area scores). They appear in the municipality's development over time, not here.`,
    exports: 'Download',
    exportSvg: 'The chart as SVG',
    exportPng: 'The chart as PNG',
    exportCsv: 'The table as CSV (Excel)',
    fileName: 'comparison',
    selfAssessment: "The kommun's self-assessment",
    selfAssessmentHint: 'before the visit, beside the evaluation',
    selfDifference: "Difference to the kommun's self-assessment",
    selfDifferenceNote:
      "The difference to the kommun's self-assessment is the evaluation minus the self-assessment, rounded from the exact points: a minus means the kommun rated itself higher than the evaluators did.",
    selfPartial: (areas: string) =>
      `The kommun did not estimate every question in area ${areas}. No self-assessment is shown there, and the chart has a gap.`,
  },
);
