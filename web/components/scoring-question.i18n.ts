import { defineMessages } from '../lib/i18n';

/** Words for one delfråga on the scoring page. */
export const t = defineMessages(
  {
    max: (max: string) => `Max ${max} poäng`,
    rationale: 'Motivering',
    shown: (points: string, percent: string) => `Visas som ${points} p (${percent})`,
    notScored: 'Inte poängsatt',
    notCounted: 'Räknas inte förrän värdet är giltigt',
  },
  {
    max: (max: string) => `Max ${max} points`,
    rationale: 'Rationale',
    shown: (points: string, percent: string) => `Shown as ${points} p (${percent})`,
    notScored: 'Not scored',
    notCounted: 'Not counted until the value is valid',
  },
);
