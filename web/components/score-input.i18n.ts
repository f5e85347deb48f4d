import { defineMessages } from '../lib/i18n';

/** The score input's words: its label (which starts with the delfråga's id) and its errors. */
export const t = defineMessages(
  {
    points: 'Poäng',
    percent: 'Procent',
    maxPoints: (max: string) => `(max ${max})`,
    maxPercent: (max: string) => `av max ${max} poäng`,
    valueText: (value: string, max: string) => `${value} av ${max} poäng`,
    valueTextPercent: (value: string) => `${value} procent`,
    unscored: 'Inte poängsatt',
    notNumber: 'Skriv ett tal, t.ex. 7,5.',
    negative: 'Poängen kan inte vara negativ.',
    overMax: (max: string) => `Högst ${max}.`,
    server: (message: string) => `Sparades inte: ${message}`,
  },
  {
    points: 'Points',
    percent: 'Percent',
    maxPoints: (max: string) => `(max ${max})`,
    maxPercent: (max: string) => `of max ${max} points`,
    valueText: (value: string, max: string) => `${value} of ${max} points`,
    valueTextPercent: (value: string) => `${value} percent`,
    unscored: 'Not scored',
    notNumber: 'Type a number, e.g. 7.5.',
    negative: 'A score cannot be negative.',
    overMax: (max: string) => `At most ${max}.`,
    server: (message: string) => `Not saved: ${message}`,
  },
);
