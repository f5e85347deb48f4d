import type { DocumentFormat } from '../../db/database';
import { type Block, type ExtractedPassage, toPassages } from './blocks';
import { docxBlocks } from './docx-text';
import { htmlBlocks } from './html-text';
import { PdfPasswordError, pdfBlocks } from './pdf-text';
import { plainTextBlocks } from './plain-text';
import { UnsafeZipError } from './zip-guard';

export type ExtractionOutcome =
  | { status: 'done'; pages: number | null; passages: ExtractedPassage[] }
  | { status: 'no-text' | 'failed'; pages: number | null; message: string };

export const NO_TEXT_MESSAGE =
  'Dokumentet innehåller ingen text som går att läsa ut. Det är troligen inskannade bilder; ' +
  'sök och citat fungerar inte för det.';

const utf8 = new TextDecoder('utf-8');

/**
 * Reading runs at most 40 % of a core: after each stretch of work it rests one and a half times
 * as long, so on a small server the autosaves keep their latency while a 300-page PDF is read.
 */
export function pacer(share = 0.4, stretchMs = 20) {
  let since = performance.now();
  return async () => {
    const worked = performance.now() - since;
    if (worked < stretchMs) return;
    await new Promise((resolve) => setTimeout(resolve, (worked * (1 - share)) / share));
    since = performance.now();
  };
}

/** Turns a document's bytes into passages; never throws: a failure is an outcome with a message. */
export async function extract(
  format: DocumentFormat,
  bytes: Uint8Array,
  onProgress: (progress: number) => void,
): Promise<ExtractionOutcome> {
  let pages: number | null = null;
  try {
    let blocks: Block[];
    if (format === 'pdf') {
      const pace = pacer();
      const read = await pdfBlocks(bytes, async (done, total) => {
        onProgress((done / total) * 0.9);
        await pace();
      });
      blocks = read.blocks;
      pages = read.pages;
    } else if (format === 'docx') {
      blocks = await docxBlocks(bytes);
    } else if (format === 'html') {
      blocks = htmlBlocks(utf8.decode(bytes));
    } else {
      blocks = plainTextBlocks(utf8.decode(bytes));
    }
    const passages = toPassages(blocks);
    if (passages.length === 0) return { status: 'no-text', pages, message: NO_TEXT_MESSAGE };
    return { status: 'done', pages, passages };
  } catch (error) {
    return { status: 'failed', pages, message: failureMessage(format, error) };
  }
}

function failureMessage(format: DocumentFormat, error: unknown): string {
  if (error instanceof PdfPasswordError) {
    return 'PDF-filen är lösenordsskyddad: spara den utan lösenord och ladda upp den igen.';
  }
  if (error instanceof UnsafeZipError) {
    return `Word-filen kan inte läsas: ${error.message}.`;
  }
  const what = format === 'pdf' ? 'PDF-filen' : format === 'docx' ? 'Word-filen' : 'Filen';
  const detail = error instanceof Error ? error.message : String(error);
  return `${what} är trasig eller går inte att läsa (${detail.slice(0, 200)}).`;
}
