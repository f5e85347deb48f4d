import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Standardtexter i rapporten',
    intro:
      'Texterna som varje rapport av en version av Kommunkompassen upprepar. Varje sparning blir en ny version; en publicerad rapport behåller texterna den publicerades med. Platshållare inom klamrar fylls i från utvärderingen.',
    rubricVersion: 'Version av Kommunkompassen',
    language: 'Språk',
    swedish: 'Svenska',
    english: 'Engelska',
    version: (version: number, at: string | null, by: string | null) =>
      version === 0
        ? 'Version 0: de levererade texterna.'
        : `Version ${version}, sparad ${at ?? ''} av ${by ?? ''}.`,
    intro1: '1 Vad är Kommunkompassen? ({organisation}, {organisationShort}, {areas} på egen rad)',
    comparisons: 'Jämförelser ({organisation}, {organisationShort}, {website})',
    evaluation: 'Utvärderingen ({kommun}, {period}, {earlier}, {sources}, {interviewed}, {groups})',
    first: 'Första utvärderingen',
    renewed: 'Förnyad utvärdering',
    sources: 'Källor, med antal intervjuade',
    sourcesWithoutCount: 'Källor, utan antal intervjuade',
    groups: 'De intervjuades grupper',
    area: (id: string) => `Område ${id}`,
    general: 'Allmänt ({kommun})',
    contentsTitle: 'Rubrik i innehållet och avsnitt 1',
    tableTitle: 'Rubrik i Tabell 1',
    sectionTitle: 'Rubrik i avsnitt 3',
    overviewTitle: 'Rubrik i avsnitt 4',
    modelComparison:
      'Förebild i radardiagrammet (id för ett referensresultat; tomt: snittet av publicerade resultat)',
    save: 'Spara ny version',
    saved: (version: number) => `Sparat som version ${version}.`,
    conflict:
      'Texterna sparades av någon annan under tiden. De senaste visas nu; gör om ändringen.',
    importFile: 'Importera fil (JSON)',
    importHint: 'En fil i formatet kommunkompassen-report-texts/1, som den du laddar ner här.',
    notJson: (name: string) => `${name} är ingen JSON-fil.`,
    otherKey: (name: string, file: string, chosen: string) =>
      `${name} gäller ${file}, inte den valda ${chosen}. Välj den versionen och det språket först; inget sparades.`,
    download: 'Ladda ner som fil',
    loading: 'Laddar…',
  },
  {
    title: 'Standard texts of the report',
    intro:
      'The texts every report of a version of Kommunkompassen repeats. Each save is a new version; a published report keeps the texts it was published with. Placeholders in braces are filled from the evaluation.',
    rubricVersion: 'Version of Kommunkompassen',
    language: 'Language',
    swedish: 'Swedish',
    english: 'English',
    version: (version: number, at: string | null, by: string | null) =>
      version === 0
        ? 'Version 0: the shipped texts.'
        : `Version ${version}, saved ${at ?? ''} by ${by ?? ''}.`,
    intro1:
      '1 What is Kommunkompassen? ({organisation}, {organisationShort}, {areas} on a line of its own)',
    comparisons: 'Comparisons ({organisation}, {organisationShort}, {website})',
    evaluation:
      'The evaluation ({kommun}, {period}, {earlier}, {sources}, {interviewed}, {groups})',
    first: 'First evaluation',
    renewed: 'Renewed evaluation',
    sources: 'Sources, with the number interviewed',
    sourcesWithoutCount: 'Sources, without the number interviewed',
    groups: 'Groups of the interviewees',
    area: (id: string) => `Area ${id}`,
    general: 'General ({kommun})',
    contentsTitle: 'Title in the contents and section 1',
    tableTitle: 'Title in Table 1',
    sectionTitle: 'Title in section 3',
    overviewTitle: 'Title in section 4',
    modelComparison:
      'Model in the radar (a reference result id; empty: the mean of published results)',
    save: 'Save a new version',
    saved: (version: number) => `Saved as version ${version}.`,
    conflict:
      'Someone else saved the texts meanwhile. The newest are shown now; make the change again.',
    importFile: 'Import a file (JSON)',
    importHint:
      'A file in the format kommunkompassen-report-texts/1, like the one you download here.',
    notJson: (name: string) => `${name} is not a JSON file.`,
    otherKey: (name: string, file: string, chosen: string) =>
      `${name} is for ${file}, not the chosen ${chosen}. Choose that version and language first; nothing was saved.`,
    download: 'Download as a file',
    loading: 'Loading…',
  },
);
