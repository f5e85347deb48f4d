import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    point: (series: string, area: string, value: string) => `${series}, ${area}: ${value} poäng`,
    indicative: '(indikativ: annan version)',
    legend: 'Serier',
  },
  {
    point: (series: string, area: string, value: string) => `${series}, ${area}: ${value} points`,
    indicative: '(indicative: other version)',
    legend: 'Series',
  },
);
