import { defineMessages } from '../lib/i18n';

/** Words for the evidence listed under a delfråga. */
export const t = defineMessages(
  {
    heading: (id: string) => `Underlag för ${id}`,
    none: 'Inget underlag kopplat till delfrågan ännu.',
    kind_interview: 'Intervju',
    kind_document: 'Dokument',
    kind_webPage: 'Webbsida',
    untitled: '(utan titel)',
  },
  {
    heading: (id: string) => `Evidence for ${id}`,
    none: 'No evidence linked to this question yet.',
    kind_interview: 'Interview',
    kind_document: 'Document',
    kind_webPage: 'Web page',
    untitled: '(untitled)',
  },
);
