import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Underlag och intervjuer',
    overview: 'Till översikten',
    readOnly:
      'Utvärderingen är publicerad och skrivskyddad: underlaget kan läsas men inte ändras eller tas bort.',
    filters: 'Filtrera underlaget',
    kind: 'Typ',
    allKinds: 'Alla typer',
    question: 'Delfråga',
    allQuestions: 'Alla delfrågor',
    showing: (shown: number, all: number) => `Visar ${shown} av ${all}.`,
    forQuestion: (id: string, text: string) => `Allt underlag knutet till delfråga ${id}: ${text}`,
    showAll: 'Visa allt underlag',
    deleteConfirm: (label: string) =>
      `Ta bort ${label}? Anteckningarna försvinner och det går inte att ångra.`,
    deleted: (label: string) => `${label} är borttagen.`,
    deleteFailed: 'Kunde inte ta bort underlaget.',
  },
  {
    title: 'Evidence and interviews',
    overview: 'Back to the overview',
    readOnly:
      'The evaluation is published and read-only: the evidence can be read but not changed or deleted.',
    filters: 'Filter the evidence',
    kind: 'Kind',
    allKinds: 'All kinds',
    question: 'Question',
    allQuestions: 'All questions',
    showing: (shown: number, all: number) => `Showing ${shown} of ${all}.`,
    forQuestion: (id: string, text: string) => `All evidence tied to question ${id}: ${text}`,
    showAll: 'Show all evidence',
    deleteConfirm: (label: string) =>
      `Delete ${label}? Its notes are removed and this cannot be undone.`,
    deleted: (label: string) => `${label} was deleted.`,
    deleteFailed: 'Could not delete the evidence.',
  },
);
