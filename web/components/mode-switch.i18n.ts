import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    legend: 'Ange poäng som',
    points: 'Poäng (steg om 0,5)',
    percent: 'Procent av max',
  },
  {
    legend: 'Enter scores as',
    points: 'Points (steps of 0.5)',
    percent: 'Percent of max',
  },
);
