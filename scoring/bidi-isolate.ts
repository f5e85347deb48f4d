/** Bidi isolate controls: FSI, LRI, RLI and PDI. */
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/**
 * User text (a kommun's name) set into a sentence, wrapped in FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE: a right-to-left override (U+202E) inside cannot reverse the text around
 * it, in HTML, PDF and Word alike. Isolate controls of its own are dropped, so it cannot close
 * the isolate early.
 */
export function isolateBidi(text: string): string {
  return `\u2068${text.replace(ISOLATE_CONTROLS, '')}\u2069`;
}
