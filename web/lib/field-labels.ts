import { locale } from './i18n';

/** A form's own words for the API's field paths: `{ date: 'Utvärderingens månad' }`. */
export type FieldLabels = Record<string, string>;

/**
 * The labels the forms show, by the API's field path (array indices left out: `evaluators[1]`
 * is `evaluators`). A form passes its own where they differ; these cover the shared names.
 */
const LABELS: Record<'sv' | 'en', FieldLabels> = {
  sv: {
    date: 'Utvärderingens månad',
    'visit.start': 'Platsbesöket börjar',
    'visit.end': 'Platsbesöket slutar',
    visit: 'Platsbesöket',
    municipality: 'Kommun',
    'municipality.name': 'Kommunens namn',
    'municipality.code': 'Kommunkod',
    'municipality.officialName': 'Kommunens officiella namn',
    officialName: 'Officiellt namn',
    code: 'Kommunkod',
    municipalityCode: 'Kommunkod',
    rubric: 'Version',
    rubricVersionId: 'Version',
    evaluators: 'Utvärderingsteam',
    team: 'Utvärderingsteam',
    facts: 'Kortfakta',
    name: 'Namn',
    email: 'E-post',
    role: 'Roll',
    password: 'Lösenord',
    currentPassword: 'Nuvarande lösenord',
    newPassword: 'Nytt lösenord',
    points: 'Poäng',
    rationale: 'Motivering',
    text: 'Text',
    summary: 'Sammanfattning',
    strengths: 'Styrkor',
    improvements: 'Förbättringsmöjligheter',
    title: 'Rubrik',
    description: 'Beskrivning',
    owner: 'Ansvarig',
    dueDate: 'Klart senast',
    status: 'Status',
    indicator: 'Indikator',
    unit: 'Enhet',
    direction: 'Riktning',
    deadline: 'Senast',
    nearFrom: 'Nära målet från',
    targetDate: 'Måldatum',
    note: 'Anteckning',
    value: 'Värde',
    source: 'Källa',
    body: 'Det som skickades',
  },
  en: {
    date: 'Month of the evaluation',
    'visit.start': 'Site visit starts',
    'visit.end': 'Site visit ends',
    visit: 'Site visit',
    municipality: 'Municipality',
    'municipality.name': 'Municipality name',
    'municipality.code': 'Municipality code',
    'municipality.officialName': "Municipality's official name",
    officialName: 'Official name',
    code: 'Municipality code',
    municipalityCode: 'Municipality code',
    rubric: 'Version',
    rubricVersionId: 'Version',
    evaluators: 'Evaluation team',
    team: 'Evaluation team',
    facts: 'Key facts',
    name: 'Name',
    email: 'Email',
    role: 'Role',
    password: 'Password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    points: 'Points',
    rationale: 'Rationale',
    text: 'Text',
    summary: 'Summary',
    strengths: 'Strengths',
    improvements: 'Improvements',
    title: 'Title',
    description: 'Description',
    owner: 'Owner',
    dueDate: 'Due date',
    status: 'Status',
    indicator: 'Indicator',
    unit: 'Unit',
    direction: 'Direction',
    deadline: 'By',
    nearFrom: 'Near the goal from',
    targetDate: 'Target date',
    note: 'Note',
    value: 'Value',
    source: 'Source',
    body: 'What was sent',
  },
};

/**
 * The label a user knows for an API field path, or null when no form names it: the form's own
 * label first, then the shared ones, for the whole path and then for its last part
 * (`actions[2].title` -> "Rubrik").
 */
export function fieldLabel(path: string, own: FieldLabels = {}): string | null {
  const plain = path.replace(/\[\d+\]/g, '');
  const shared = LABELS[locale()];
  const last = plain.split('.').at(-1) ?? plain;
  return own[plain] ?? shared[plain] ?? own[last] ?? shared[last] ?? null;
}

/** The server's English reasons a Swedish user reads in Swedish; others are shown as they are. */
const SWEDISH_REASONS: [RegExp, (...groups: string[]) => string][] = [
  [/^a date is YYYY-MM or YYYY-MM-DD$/, () => 'ett datum skrivs ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD'],
  [/^a date is YYYY-MM-DD$/, () => 'ett datum skrivs ÅÅÅÅ-MM-DD'],
  [/^not a calendar date$/, () => 'datumet finns inte i kalendern'],
  [/^the visit ends before it starts$/, () => 'besöket slutar innan det börjar'],
  [/^is only white space: give a name$/, () => 'bara blanksteg: skriv ett namn'],
  [/^a kommunkod is four digits, e\.g\. "0381"$/, () => 'en kommunkod är fyra siffror, t.ex. 0381'],
  [
    /^kommunkod (\d{4}) is not one of SCB's 290 kommuner \(name given: "(.*)"\)$/s,
    (code, name) => `kommunkod ${code} är inte någon av SCB:s 290 kommuner (namnet var ”${name}”)`,
  ],
  [
    /^kommunkod (\d{4}) is (.+), not "(.*)"$/s,
    (code, right, wrong) => `kommunkod ${code} är ${right}, inte ”${wrong}”`,
  ],
  [
    /^(\S+) is more than the delfråga's max (\S+)$/,
    (value, max) => `${value.replace('.', ',')} är mer än delfrågans max ${max.replace('.', ',')}`,
  ],
  [/^Too big: expected string to have <=(\d+) characters$/, (max) => `högst ${max} tecken`],
  [/^Too small: expected string to have >=1 characters$/, () => 'får inte vara tomt'],
  [/^Too small: expected string to have >=(\d+) characters$/, (min) => `minst ${min} tecken`],
  [/^Too big: expected number to be <=(\S+)$/, (max) => `högst ${max}`],
  [/^Too small: expected number to be >=(\S+)$/, (min) => `minst ${min}`],
  [/^Invalid input: expected \w+, received undefined$/, () => 'saknas'],
  [/^Invalid input: expected (\w+), received \w+$/, () => 'fel slags värde'],
  [/^Invalid (email|e-mail)/i, () => 'inte en giltig e-postadress'],
  [/^Invalid option/, () => 'inget av de tillåtna värdena'],
];

/** What a 409 `duplicate` says already exists, in Swedish. */
const SWEDISH_DUPLICATES: [RegExp, (...groups: string[]) => string][] = [
  [
    /^a user with e-mail (.+) already exists$/,
    (email) => `det finns redan en användare med e-postadressen ${email}`,
  ],
  [
    /^(?:code: )?kommunkod (\d{4}) already belongs to (.+)$/,
    (code, name) => `kommunkod ${code} hör redan till ${name}`,
  ],
  [/^(.+) already has a rule$/, (domain) => `${domain} har redan en regel`],
];

function translated(
  raw: string,
  table: [RegExp, (...groups: string[]) => string][],
): string | null {
  const message = raw.replace(/\.$/, ''); // the sentence around it ends it
  if (locale() === 'en') return message;
  for (const [pattern, swedish] of table) {
    const match = pattern.exec(message);
    if (match) return swedish(...match.slice(1));
  }
  return null;
}

/** The server's reason in the UI's language where it is known, else the server's own words. */
export function reasonText(raw: string): string {
  return translated(raw, SWEDISH_REASONS) ?? raw.replace(/\.$/, '');
}

/** What a 409 `duplicate` names ("det finns redan en användare med e-postadressen …"), if known. */
export function duplicateText(raw: string): string | null {
  return translated(raw, SWEDISH_DUPLICATES);
}
