import data from './scb-kommuner.json';

/** One of Sweden's 290 kommuner as SCB lists them: kommunkod, name, län. */
export interface Kommun {
  code: string;
  name: string;
  county: string;
}

/** Where the list comes from and when it was taken into the project (see scb-kommuner.json). */
export const KOMMUNER_SOURCE: { source: string; retrieved: string } = {
  source: data.source,
  retrieved: data.retrieved,
};

/** All 290 kommuner, by kommunkod. */
export const KOMMUNER: readonly Kommun[] = data.kommuner;

const byCode = new Map(KOMMUNER.map((kommun) => [kommun.code, kommun]));

/** The kommun with SCB's kommunkod `code`, e.g. kommunByCode('1445')?.name === 'Essunga'. */
export function kommunByCode(code: string): Kommun | undefined {
  return byCode.get(code);
}

/** Names compare without case and surrounding blanks: "essunga " is Essunga. */
const comparable = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('sv');

/**
 * Why a kommunkod and name do not name one of SCB's kommuner, or null when they do:
 * kommunIssue('9999', 'X') says 9999 is unknown; kommunIssue('1445', 'Fel namn') says 1445 is Essunga.
 * The messages are English (for the API and logs); both the code and the name are in them.
 */
export function kommunIssue(
  code: string,
  name: string,
): { path: 'code' | 'name'; message: string } | null {
  const kommun = kommunByCode(code);
  if (!kommun) {
    return {
      path: 'code',
      message: `kommunkod ${code} is not one of SCB's 290 kommuner (name given: "${name}")`,
    };
  }
  if (comparable(kommun.name) !== comparable(name)) {
    return {
      path: 'name',
      message: `kommunkod ${code} is ${kommun.name}, not "${name}"`,
    };
  }
  return null;
}
