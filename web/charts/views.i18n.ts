import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    differenceTitle: 'Skillnad per område',
    against: 'Jämfört med',
    sorted: 'Sortera efter skillnad',
    differenceDesc: (name: string) =>
      `Staplar: skillnaden i poäng mot ${name} per område. Negativ skillnad åt vänster.`,
    explains: 'Delfrågor som förklarar mest av skillnaden',
    lost: (id: string, text: string, lost: string) => `${id} ${text} (${lost} poäng under max)`,
    distributionTitle: 'Fördelning',
    distributionIntro: (n: number, rubric: string) =>
      `Alla ${n} publicerade utvärderingar och referensresultat i version ${rubric}. Denna kommun är markerad.`,
    rankLine: (rank: number, of: number, percentile: string) =>
      `rang ${rank} av ${of}, bättre än ${percentile} % av de övriga`,
    trendTitle: 'Utveckling över tid',
    year: 'År',
    total: 'Totalt',
    rubricChange: 'ny version av Kommunkompassen',
    trendDesc:
      'Totalpoäng per utvärdering över tid. Byte av version är markerat: totalerna jämförs då bara indikativt.',
    trendTable: 'Totalpoäng per år',
    result: 'Resultat',
    totalsOnly: 'endast totalpoäng publicerad',
    indicativeTag: (rubric: string) => `indikativ: version ${rubric}`,
    trendIndicative:
      'Totaler från olika versioner av Kommunkompassen jämförs bara indikativt (SKR). Sådana rader är märkta.',
  },
  {
    differenceTitle: 'Difference per area',
    against: 'Compared with',
    sorted: 'Sort by difference',
    differenceDesc: (name: string) =>
      `Bars: the difference in points to ${name} per area. Negative to the left.`,
    explains: 'Questions that explain most of the gap',
    lost: (id: string, text: string, lost: string) => `${id} ${text} (${lost} points below max)`,
    distributionTitle: 'Distribution',
    distributionIntro: (n: number, rubric: string) =>
      `All ${n} published evaluations and reference results of version ${rubric}. This municipality is highlighted.`,
    rankLine: (rank: number, of: number, percentile: string) =>
      `rank ${rank} of ${of}, better than ${percentile} % of the others`,
    trendTitle: 'Development over time',
    year: 'Year',
    total: 'Total',
    rubricChange: 'new version of Kommunkompassen',
    trendDesc:
      'Total points per evaluation over time. A change of version is marked: totals then compare only indicatively.',
    trendTable: 'Total points per year',
    result: 'Result',
    totalsOnly: 'total only published',
    indicativeTag: (rubric: string) => `indicative: version ${rubric}`,
    trendIndicative:
      'Totals from different versions of Kommunkompassen compare only indicatively (SKR). Such rows are marked.',
  },
);
