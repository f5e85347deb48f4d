import { escapeXml } from './report-radar';

/**
 * Text for HTML: escaped, and the user text the model isolated (FSI … PDI, see isolateBidi) put
 * in a `<bdi>` element, so a right-to-left override in a kommun's name reverses nothing around
 * it. Not for `<title>`, which holds no elements (the FSI and PDI characters isolate there).
 */
export function htmlText(text: string): string {
  return escapeXml(text).replace(/\u2068([^\u2066-\u2069]*)\u2069/g, '<bdi>$1</bdi>');
}
