import { execFileSync } from 'node:child_process';

/**
 * A PDF's words split into the left and right half of each page, each in reading order (page,
 * line, x): the text of a two-column table (Styrkor | Förbättringsmöjligheter) comes out whole,
 * where plain pdftotext interleaves the columns line by line. Uses poppler's pdftotext -bbox.
 */
export function pdfColumns(file: string): { left: string; right: string } {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-']).toString('utf8');
  const left: string[] = [];
  const right: string[] = [];
  for (const page of xml.split('<page ').slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1] ?? 595);
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
      .map((m) => ({ x: Number(m[1]), y: Math.round(Number(m[2])), text: decode(m[3] ?? '') }))
      .sort((a, b) => a.y - b.y || a.x - b.x);
    for (const word of words) (word.x < width / 2 ? left : right).push(word.text);
  }
  return { left: left.join(' '), right: right.join(' ') };
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
