import { defineMessages } from '../lib/i18n';

/** Words for an area on the scoring page. */
export const t = defineMessages(
  {
    areaFigures: (points: string, max: string) => `Området: ${points} av ${max} poäng`,
    incomplete: (scored: number, all: number) =>
      `ofullständigt, ${scored} av ${all} delfrågor poängsatta`,
    headings: 'Rubriker',
    guidance: 'Vägledning',
  },
  {
    areaFigures: (points: string, max: string) => `This area: ${points} of ${max} points`,
    incomplete: (scored: number, all: number) => `incomplete, ${scored} of ${all} questions scored`,
    headings: 'Headings',
    guidance: 'Guidance',
  },
);
