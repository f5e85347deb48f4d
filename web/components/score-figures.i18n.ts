import { defineMessages } from '../lib/i18n';

/** Words for the live area and total figures. */
export const t = defineMessages(
  {
    area: 'Område',
    points: 'Poäng',
    percent: 'Procent',
    state: 'Läge',
    total: 'Totalt',
    complete: 'Klart',
    incomplete: (scored: number, all: number) => `Ofullständigt: ${scored} av ${all}`,
    invalid: (count: number) =>
      count === 1 ? '1 ogiltigt värde räknas inte' : `${count} ogiltiga värden räknas inte`,
    of: (max: string) => `av ${max}`,
  },
  {
    area: 'Area',
    points: 'Points',
    percent: 'Percent',
    state: 'State',
    total: 'Total',
    complete: 'Complete',
    incomplete: (scored: number, all: number) => `Incomplete: ${scored} of ${all}`,
    invalid: (count: number) =>
      count === 1 ? '1 invalid value is not counted' : `${count} invalid values are not counted`,
    of: (max: string) => `of ${max}`,
  },
);
