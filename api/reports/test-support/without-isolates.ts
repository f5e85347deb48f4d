/**
 * A report's text without the isolation of user text (`<bdi>` in HTML, FSI/PDI characters in
 * Word and the radar): for tests about other things than bidi isolation.
 */
export function withoutIsolates(text: string): string {
  return text.replace(/<\/?bdi>|[\u2066-\u2069]/g, '');
}
