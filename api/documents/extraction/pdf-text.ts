import { getDocumentProxy } from 'unpdf';
import type { Block } from './blocks';

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

export class PdfPasswordError extends Error {}

/** The lines of a page, top to bottom, from pdf.js's text items. */
function pageLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? item.height) || item.height;
    if (current && Math.abs(current.y - y) > Math.max(2, size / 2)) {
      lines.push(current);
      current = null;
    }
    if (!current) current = { text: '', y, size };
    current.text += item.str;
    current.size = Math.max(current.size, size);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim() !== '');
}

/** Lines into blocks: a gap wider than a line's or a larger font starts a new block. */
function pageBlocks(lines: Line[], page: number, bodySize: number): Block[] {
  const blocks: Block[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const text = line.text.trim();
    const heading = line.size > bodySize * 1.15 && text.length <= 120;
    const gap = previous ? previous.y - line.y : 0;
    const last = blocks.at(-1);
    const sameBlock =
      last &&
      previous &&
      !heading &&
      last.kind !== 'heading' &&
      gap > 0 &&
      gap < Math.max(previous.size, line.size) * 1.6;
    if (sameBlock) {
      last.text = last.text.endsWith('-') ? last.text.slice(0, -1) + text : `${last.text} ${text}`;
    } else {
      blocks.push({ kind: heading ? 'heading' : 'paragraph', text, page });
    }
    previous = line;
  }
  return blocks;
}

/**
 * A PDF's text with page numbers (unpdf's build of pdf.js: no worker, nothing fetched, fonts
 * not loaded, no WebAssembly decoders). `onPage` reports each page read. An encrypted PDF that needs a password
 * throws PdfPasswordError.
 */
export async function pdfBlocks(
  bytes: Uint8Array,
  onPage: (done: number, pages: number) => void | Promise<void>,
): Promise<{ blocks: Block[]; pages: number }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      disableFontFace: true,
      useWasm: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      useSystemFonts: false,
      useWorkerFetch: false,
      stopAtErrors: false,
      verbosity: 0,
    });
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') {
      throw new PdfPasswordError('the PDF is protected by a password');
    }
    throw error;
  }
  try {
    const pageTexts: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pageTexts.push(pageLines(content.items.filter((item) => 'str' in item) as TextItem[]));
      page.cleanup();
      await onPage(n, pdf.numPages);
    }
    // The most common font size is the body text's.
    const sizes = new Map<number, number>();
    for (const line of pageTexts.flat()) {
      const size = Math.round(line.size);
      sizes.set(size, (sizes.get(size) ?? 0) + line.text.length);
    }
    const bodySize = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
    const blocks = pageTexts.flatMap((lines, index) => pageBlocks(lines, index + 1, bodySize));
    return { blocks, pages: pdf.numPages };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
