import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Självskattning och utvärdering',
    intro:
      'Kommunens egen skattning före besöket bredvid utvärderingens resultat. Skillnaden är självskattningen minus utvärderingen, avrundad från de exakta poängen.',
    caption: 'Poäng per område: utvärderingen och kommunens självskattning',
    area: 'Område',
    evaluation: 'Utvärderingen',
    series: 'Kommunens självskattning',
    difference: 'Skillnad',
    total: 'Totalt',
    notAssessed: 'ej skattat',
    includeSection: 'Ta med kommunens självskattning bredvid utvärderingen',
    chartDesc:
      'Radardiagram med två serier, utvärderingen och kommunens självskattning, per område. Samma värden står i tabellen nedan.',
  },
  {
    title: 'Self-assessment and evaluation',
    intro:
      "The kommun's own estimate before the visit beside the evaluation's result. The difference is the self-assessment minus the evaluation, rounded from the exact points.",
    caption: "Points per area: the evaluation and the kommun's self-assessment",
    area: 'Area',
    evaluation: 'The evaluation',
    series: "The kommun's self-assessment",
    difference: 'Difference',
    total: 'Total',
    notAssessed: 'not assessed',
    includeSection: "Include the kommun's self-assessment beside the evaluation",
    chartDesc:
      "Radar chart of two series, the evaluation and the kommun's self-assessment, per area. The table below has the same values.",
  },
);
