import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    label: 'Kommun',
    hint: 'Skriv kommunens namn eller kommunkod och välj ur listan (SCB:s 290 kommuner).',
    option: (name: string, code: string, county: string) => `${name} (${code}), ${county}`,
    matches: (count: number) =>
      count === 0
        ? 'Ingen kommun matchar.'
        : count === 1
          ? '1 kommun matchar.'
          : `${count} kommuner matchar, visar de första.`,
    chosen: (name: string, code: string) => `Vald: ${name} (${code}).`,
  },
  {
    label: 'Municipality',
    hint: "Type the municipality's name or code and pick from the list (SCB's 290 municipalities).",
    option: (name: string, code: string, county: string) => `${name} (${code}), ${county}`,
    matches: (count: number) =>
      count === 0
        ? 'No municipality matches.'
        : count === 1
          ? '1 municipality matches.'
          : `${count} municipalities match, showing the first.`,
    chosen: (name: string, code: string) => `Chosen: ${name} (${code}).`,
  },
);
