import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Självskattning och utvärdering',
    includeSection: 'Ta med kommunens självskattning bredvid utvärderingen',
  },
  {
    title: 'Self-assessment and evaluation',
    includeSection: "Include the kommun's self-assessment beside the evaluation",
  },
);
