import mammoth from 'mammoth';
import type { Block } from './blocks';
import { htmlBlocks } from './html-text';
import { assertSafeZip } from './zip-guard';

/** A Word document's text: mammoth turns it into HTML (headings, paragraphs, lists), read as such. */
export async function docxBlocks(bytes: Uint8Array): Promise<Block[]> {
  assertSafeZip(bytes);
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    // Images are not text: leave them out rather than inline them as data URLs.
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  return htmlBlocks(result.value);
}
