import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    back: 'Till utvärderingen',
    title: (name: string) => `Rapport: ${name}`,
    draft:
      'Utvärderingen är inte publicerad: rapporten är ett utkast och är märkt "Utkast" på varje sida.',
    options: 'Rapportens innehåll',
    compareWith: 'Radardiagrammet jämför med (högst fyra)',
    noReferences: 'Inga referensresultat av samma version finns.',
    language: 'Språk',
    swedish: 'Svenska',
    english: 'Engelska',
    tooMany: 'Välj högst fyra att jämföra med.',
    download: 'Ladda ner',
    pdf: 'PDF',
    docx: 'Word (redigerbar)',
    html: 'HTML',
    print: 'Öppna för utskrift',
    preview: 'Förhandsvisning',
    frameTitle: (name: string) => `Rapporten för ${name}`,
  },
  {
    back: 'Back to the evaluation',
    title: (name: string) => `Report: ${name}`,
    draft:
      'The evaluation is not published: the report is a draft and marked "Utkast" (draft) on every page.',
    options: "The report's content",
    compareWith: 'The radar compares with (at most four)',
    noReferences: 'No reference results of the same version exist.',
    language: 'Language',
    swedish: 'Swedish',
    english: 'English',
    tooMany: 'Choose at most four to compare with.',
    download: 'Download',
    pdf: 'PDF',
    docx: 'Word (editable)',
    html: 'HTML',
    print: 'Open for printing',
    preview: 'Preview',
    frameTitle: (name: string) => `The report for ${name}`,
  },
);
