import { isUtf8 } from 'node:buffer';
import type { DocumentFormat } from '../db/database';
import { invalidInput } from '../errors';

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

const NAMES: Record<DocumentFormat, string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  html: 'HTML',
  text: 'text',
};

const EXTENSIONS: Record<string, DocumentFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
  md: 'text',
};

/** Formats we can name but not read: a clear refusal rather than "not text". */
const KNOWN_BINARY: [string, number[]][] = [
  ['an old Word file (.doc): save it as .docx or PDF', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a program (.exe)', [0x4d, 0x5a]],
  ['a program (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
];

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow up to 1024 bytes of junk (the PDF specification's allowance).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

function isDocx(bytes: Uint8Array): boolean {
  // The names in a zip's directory are stored as they are: a DOCX names word/document.xml.
  return isZip(bytes) && Buffer.from(bytes).includes('word/document.xml');
}

/** Enough of a text file to tell HTML from text and to read a page's title and address. */
const HEAD_BYTES = 256 * 1024;
const lenient = new TextDecoder('utf-8');

/**
 * The start of a UTF-8 text file, decoded; null for anything else. The whole file is checked by
 * `isUtf8` (native, gigabytes a second) rather than decoded: decoding an 18 MB text file to
 * check it held the server's event loop for over 100 ms.
 */
function textHead(bytes: Uint8Array): string | null {
  if (bytes.includes(0) || !isUtf8(bytes)) return null;
  return lenient.decode(bytes.subarray(0, HEAD_BYTES));
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return /^(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>])/.test(head);
}

export interface Sniffed {
  format: DocumentFormat;
  contentType: string;
  /** The start (256 kB) of an HTML or text file, decoded. */
  text: string | null;
}

/**
 * What a file is, judged by its bytes and checked against its name: a name saying PDF or DOCX
 * over bytes that are something else is refused (400 naming the file), as are formats we
 * cannot read. A text file must be UTF-8.
 */
export function sniffFormat(fileName: string, bytes: Uint8Array): Sniffed {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const claimed = EXTENSIONS[extension];
  const refuse = (message: string) =>
    invalidInput([{ path: 'file', message: `${fileName}: ${message}` }]);
  let found: DocumentFormat | null = null;
  let text: string | null = null;
  if (bytes.length === 0) throw refuse('the file is empty');
  if (isPdf(bytes)) found = 'pdf';
  else if (isDocx(bytes)) found = 'docx';
  else if (isZip(bytes)) throw refuse('is a zip archive but not a Word document (.docx)');
  else {
    const binary = KNOWN_BINARY.find(([, signature]) => startsWith(bytes, signature));
    text = textHead(bytes);
    if (text === null) {
      throw refuse(
        binary
          ? `is ${binary[0]}, which cannot be read: upload PDF, Word (.docx), HTML or text`
          : 'is neither PDF, Word (.docx), HTML nor text in UTF-8',
      );
    }
    text = text.replace(/^\uFEFF/, '');
    found = claimed === 'html' || looksLikeHtml(text) ? 'html' : 'text';
    // A .txt file holding HTML stays text: it is served as text, never as a page.
    if (claimed === 'text') found = 'text';
  }
  if (extension !== '' && claimed === undefined && found !== 'text' && found !== 'html') {
    // An unknown extension over a PDF or DOCX: the bytes decide.
  } else if (claimed && claimed !== found && !(claimed === 'html' && found === 'text')) {
    throw refuse(`the name says ${NAMES[claimed]} but the file is ${NAMES[found]}`);
  }
  if (extension !== '' && claimed === undefined && (found === 'text' || found === 'html')) {
    throw refuse(`.${extension} files cannot be read: upload PDF, Word (.docx), HTML or text`);
  }
  return { format: found, contentType: CONTENT_TYPES[found], text };
}
