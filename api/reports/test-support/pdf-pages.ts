import { execFileSync } from 'node:child_process';

export interface PdfPage {
  number: number;
  /** How far down the text area the page's lowest word reaches, 0..1 (footer left out). */
  fullness: number;
  /** The page's first line of text. */
  firstLine: string;
  /** Every word of the text area (the footer left out), in the order pdftotext gives them. */
  words: string[];
}

const MM = 72 / 25.4;
/** The report's @page margins (report-html.ts): 20 mm top, 22 mm bottom. */
const TOP = 20 * MM;
const BOTTOM = 22 * MM;

/**
 * Each page of a PDF with how full it is, from poppler's `pdftotext -bbox`: the lowest word in
 * the text area over the area's height. A figure counts through its text (the radar's labels
 * and legend), so a page holding a chart is as full as the chart is tall.
 */
export function pdfPages(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-']).toString('utf8');
  return xml
    .split('<page ')
    .slice(1)
    .map((page, index) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 842);
      const words = [
        ...page.matchAll(
          /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ]
        .map((m) => ({ top: Number(m[1]), bottom: Number(m[2]), text: m[3] ?? '' }))
        .filter((word) => word.top < height - BOTTOM);
      const lowest = Math.max(TOP, ...words.map((word) => word.bottom));
      const firstTop = Math.min(...words.map((word) => word.top));
      return {
        number: index + 1,
        words: words.map((word) => word.text),
        fullness: (lowest - TOP) / (height - BOTTOM - TOP),
        firstLine: words
          .filter((word) => Math.abs(word.top - firstTop) < 3)
          .map((word) => word.text)
          .join(' '),
      };
    });
}

/** A page starts a section when its first line is a chapter ("2 …") or an area heading. */
const SECTION_START = /^(\d \S|Område \d|Area \d|Bilaga|Appendix|Innehåll|Contents)/;

/**
 * Pages less than a fifth full that are not the last page of a section (the next page starts
 * one, or it is the document's last): the near-empty pages a report must not have.
 */
export function nearEmptyPages(pages: readonly PdfPage[], threshold = 0.2): PdfPage[] {
  return pages.filter((page, i) => {
    const next = pages[i + 1];
    const lastOfSection = !next || SECTION_START.test(next.firstLine);
    return page.fullness < threshold && !lastOfSection;
  });
}
