import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    count: (length: string, max: string) => `${length} / ${max} tecken`,
    announce: (length: string, max: string) => `${length} av högst ${max} tecken.`,
    full: (max: string) => `Fältet är fullt: högst ${max} tecken.`,
  },
  {
    count: (length: string, max: string) => `${length} / ${max} characters`,
    announce: (length: string, max: string) => `${length} of at most ${max} characters.`,
    full: (max: string) => `The field is full: at most ${max} characters.`,
  },
);
