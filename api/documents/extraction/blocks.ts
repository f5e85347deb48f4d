import { stemText } from '../swedish-words';

/** A piece of a document's text as an extractor finds it, before it becomes passages. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item';
  text: string;
  /** 1-based page (PDF), else null. */
  page: number | null;
}

/** A passage as the worker hands it back: ready to store. */
export interface ExtractedPassage {
  page: number | null;
  heading: string | null;
  text: string;
  stems: string;
}

/** Passages longer than this are split at sentence ends (a reader view shows them whole). */
const MAX_PASSAGE = 1500;

// Characters neither store keeps safely nor a Word report can hold (the database guard refuses
// them): C0 controls but tab/newline, U+FFFE/U+FFFF, lone surrogates; and soft hyphens.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as a passage keeps it: unsafe characters gone, white space collapsed. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

function splitLong(text: string): string[] {
  if (text.length <= MAX_PASSAGE) return [text];
  const sentences = text.match(/[^.!?]+[.!?]+["”’)]*\s*|[^.!?]+$/g) ?? [text];
  const parts: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current.length > 0 && current.length + sentence.length > MAX_PASSAGE) {
      parts.push(current.trim());
      current = '';
    }
    current += sentence;
    // A "sentence" with no end in sight is cut at a space.
    while (current.length > MAX_PASSAGE) {
      const cut = current.lastIndexOf(' ', MAX_PASSAGE);
      const at = cut > MAX_PASSAGE / 2 ? cut : MAX_PASSAGE;
      parts.push(current.slice(0, at).trim());
      current = current.slice(at);
    }
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/**
 * Paragraphs and list items become passages, each with the nearest heading above it as its
 * context; headings themselves are context only.
 */
export function toPassages(blocks: Block[]): ExtractedPassage[] {
  const passages: ExtractedPassage[] = [];
  let heading: string | null = null;
  for (const block of blocks) {
    const text = cleanText(block.text);
    if (text === '') continue;
    if (block.kind === 'heading') {
      heading = text.slice(0, 300);
      continue;
    }
    for (const part of splitLong(text)) {
      passages.push({ page: block.page, heading, text: part, stems: stemText(part) });
    }
  }
  return passages;
}
