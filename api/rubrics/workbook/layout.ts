/**
 * The rubric workbook's layout (Excel, .xlsx): one sheet of facts about the version, one row per
 * area, one row per delfråga and, optionally, the written questions to the kommun. Reading,
 * writing and the template all use these names, so the three can never drift apart.
 */
export const SHEETS = {
  version: 'Version',
  areas: 'Områden',
  questions: 'Delfrågor',
  written: 'Frågor till kommunen',
} as const;

/** Sheet "Version": one fact per row, its name in column A, its value in column B. */
export const VERSION_FIELDS = {
  id: 'Id',
  version: 'Version',
  title: 'Titel',
  year: 'År',
  source: 'Källa',
  areaLevelOnly: 'Endast områdesnivå',
} as const;
export type VersionField = keyof typeof VERSION_FIELDS;

export interface Column<Key extends string> {
  key: Key;
  header: string;
  width: number;
}

/** Sheet "Områden", columns A..G. Lists (rubriker, other titles) hold one item per line. */
export const AREA_COLUMNS = [
  { key: 'id', header: 'Område', width: 9 },
  { key: 'title', header: 'Titel', width: 40 },
  { key: 'shortTitle', header: 'Kort titel', width: 26 },
  { key: 'headings', header: 'Rubriker (en per rad)', width: 45 },
  { key: 'guidance', header: 'Vägledning', width: 60 },
  { key: 'maxPoints', header: 'Maxpoäng', width: 11 },
  { key: 'alternativeTitles', header: 'Andra titler (en per rad)', width: 30 },
] as const satisfies readonly Column<string>[];

/** Sheet "Delfrågor", columns A..E. */
export const QUESTION_COLUMNS = [
  { key: 'areaId', header: 'Område', width: 9 },
  { key: 'id', header: 'Delfråga', width: 10 },
  { key: 'text', header: 'Text', width: 70 },
  { key: 'maxPoints', header: 'Maxpoäng', width: 11 },
  { key: 'guidance', header: 'Vägledning', width: 60 },
] as const satisfies readonly Column<string>[];

/** Sheet "Frågor till kommunen" (optional), columns A..C. */
export const WRITTEN_COLUMNS = [
  { key: 'id', header: 'Nr', width: 8 },
  { key: 'text', header: 'Fråga', width: 80 },
  { key: 'areaId', header: 'Område', width: 9 },
] as const satisfies readonly Column<string>[];

/** Column letter of a 0-based index: 0 -> A. */
export const columnLetter = (index: number) => String.fromCharCode(65 + index);

/** "Delfrågor rad 7, kolumn D": where an issue is, as a user finds it in Excel. */
export const cellLocation = (sheet: string, row: number, column?: number) =>
  column === undefined
    ? `${sheet} rad ${row}`
    : `${sheet} rad ${row}, kolumn ${columnLetter(column)}`;

export const YES = 'ja';
export const NO = 'nej';
