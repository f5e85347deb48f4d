/**
 * The rubric rules (rubrics/rubric.ts) speak English, as the CLI's `validate` does; the workbook
 * is filled in by Swedish admins, so its errors say the same in Swedish. Unknown messages pass
 * through unchanged rather than being lost.
 */
const TRANSLATIONS: [RegExp, (...groups: string[]) => string][] = [
  [
    /^max points sum to (.+), must be (.+)$/,
    (sum, max) => `delfrågornas maxpoäng summerar till ${sv(sum)}, ska vara ${sv(max)}`,
  ],
  [/^has (\d+) areas, must have (\d+)$/, (has, must) => `${has} områden, ska vara ${must}`],
  [/^duplicate area id "(.*)"$/, (id) => `område ${id} finns mer än en gång`],
  [/^duplicate question id "(.*)"$/, (id) => `delfråga ${id} finns mer än en gång`],
  [/^duplicate written question id "(.*)"$/, (id) => `fråga ${id} finns mer än en gång`],
  [
    /^question "(.*)" is not under area "(.*)"/,
    (id, area) => `delfråga ${id} hör inte till område ${area} (numret ska börja med "${area}.")`,
  ],
  [/^has no questions$/, () => 'området har inga delfrågor'],
  [
    /^an area-level-only rubric has no questions$/,
    () => 'en version med endast områdesnivå har inga delfrågor',
  ],
  [/^no area "(.*)"$/, (id) => `område ${id} finns inte i bladet Områden`],
  [/^a question id is/, () => 'en delfråga numreras "<område>.<nr>", t.ex. "1.1"'],
  [/^an area id is/, () => 'ett område numreras med en siffra, t.ex. "1"'],
  [/^a rubric id is/, () => 'id får bara innehålla små bokstäver, siffror och bindestreck'],
  [/^Too small: expected number to be >0$/, () => 'måste vara större än 0'],
  [/^Too small: expected string to have >=1 characters?$/, () => 'saknas'],
];

/** 2.5 -> "2,5" */
const sv = (number: string) => number.replace('.', ',');

export function swedishMessage(message: string): string {
  for (const [pattern, say] of TRANSLATIONS) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return message;
}
