import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Områdestexter',
    overview: 'Till översikten',
    intro:
      'Sammanfattning, styrkor och förbättringsmöjligheter per område, som de skrivs ut i rapporten. Allt sparas automatiskt.',
    readOnly: 'Utvärderingen är publicerad och skrivskyddad: texterna kan läsas men inte ändras.',
    areas: 'Områden',
    reference: 'Jämför förbättringsförslagen med',
    noReference: 'Ingen referens (lägst procent först)',
    points: (points: string, max: number, percent: string) =>
      `${points} av ${max} poäng (${percent})`,
    notScored: 'inga konsensuspoäng än',
  },
  {
    title: 'Area texts',
    overview: 'Back to the overview',
    intro:
      'Summary, strengths and areas for improvement per area, as printed in the report. Everything is saved automatically.',
    readOnly: 'The evaluation is published and read-only: the texts can be read but not changed.',
    areas: 'Areas',
    reference: 'Compare the improvement suggestions with',
    noReference: 'No reference (lowest percent first)',
    points: (points: string, max: number, percent: string) =>
      `${points} of ${max} points (${percent})`,
    notScored: 'no consensus scores yet',
  },
);
