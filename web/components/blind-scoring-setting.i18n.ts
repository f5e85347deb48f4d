import { defineMessages } from '../lib/i18n';

/** The blind scoring setting's words. */
export const t = defineMessages(
  {
    heading: 'Blind poängsättning',
    label: 'Blind poängsättning',
    explain:
      'Varje utvärderare ser de andras poäng och motiveringar för en delfråga först när hen själv har gett den poäng. Gäller under utkast och platsbesök; från konsensus ser alla allt. Ändringen sparas i ändringsloggen.',
    saved: (on: boolean): string =>
      on ? 'Blind poängsättning är på.' : 'Blind poängsättning är av.',
  },
  {
    heading: 'Blind scoring',
    label: 'Blind scoring',
    explain:
      "Each evaluator sees the others' scores and rationales for a question only once they have scored it themselves. Applies in draft and site visit; from consensus on everyone sees everything. The change is kept in the audit log.",
    saved: (on: boolean) => (on ? 'Blind scoring is on.' : 'Blind scoring is off.'),
  },
);
