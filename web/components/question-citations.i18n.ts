import { defineMessages } from '../lib/i18n';

/** Words for the quotes from documents listed beside a delfråga, and the suggested passages. */
export const t = defineMessages(
  {
    heading: (id: string) => `Citat ur dokument för ${id}`,
    summary: (n: number) => (n === 1 ? 'Citat ur dokument (1)' : `Citat ur dokument (${n})`),
    none: 'Inget citat ur dokumenten ännu.',
    from: (title: string, page: string) => `${title}${page ? `, ${page}` : ''}`,
    deletedDocument: 'dokumentet är borttaget',
    open: (title: string) => `Öppna i ${title}`,
    loadFailed: 'Citaten kunde inte hämtas.',
    suggestions: 'Vad talar för denna delfråga?',
    suggestionsFor: (id: string) => `Vad talar för delfråga ${id}?`,
    suggestionsIntro:
      'Stycken ur dokumenten som liknar delfrågan, dess rubriker och vägledning. Bara förslag: inget citeras utan att du väljer det.',
    noSuggestions: 'Inga stycken i dokumenten liknar delfrågan.',
    matched: (words: string) => `Ord som matchar: ${words}`,
    cite: 'Citera',
    citeFor: (id: string, title: string) => `Citera stycket ur ${title} för ${id}`,
    cited: 'Citerat',
    citeFailed: 'Kunde inte spara citatet.',
    citeSaved: (id: string) => `Citatet är sparat för ${id}.`,
    page: (n: number) => `s. ${n}`,
  },
  {
    heading: (id: string) => `Quotes from documents for ${id}`,
    summary: (n: number) => `Quotes from documents (${n})`,
    none: 'No quote from the documents yet.',
    from: (title: string, page: string) => `${title}${page ? `, ${page}` : ''}`,
    deletedDocument: 'the document was deleted',
    open: (title: string) => `Open in ${title}`,
    loadFailed: 'The quotes could not be loaded.',
    suggestions: 'What speaks to this question?',
    suggestionsFor: (id: string) => `What speaks to question ${id}?`,
    suggestionsIntro:
      'Passages of the documents that resemble the question, its headings and guidance. Suggestions only: nothing is cited unless you choose it.',
    noSuggestions: 'No passage of the documents resembles the question.',
    matched: (words: string) => `Matching words: ${words}`,
    cite: 'Cite',
    citeFor: (id: string, title: string) => `Cite the passage from ${title} for ${id}`,
    cited: 'Cited',
    citeFailed: 'Could not save the citation.',
    citeSaved: (id: string) => `The citation was saved for ${id}.`,
    page: (n: number) => `p. ${n}`,
  },
);
