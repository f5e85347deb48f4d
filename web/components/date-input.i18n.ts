import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    day: 'Skriv ÅÅÅÅ-MM-DD, t.ex. 2027-06-30.',
    dayOrMonth: 'Skriv ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM för en hel månad (t.ex. 2018-12).',
  },
  {
    day: 'Type YYYY-MM-DD, e.g. 2027-06-30.',
    dayOrMonth: 'Type YYYY-MM-DD, or YYYY-MM for a whole month (e.g. 2018-12).',
  },
);
