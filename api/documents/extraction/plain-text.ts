import type { Block } from './blocks';

const SENTENCE_END = /[.!?:;]["”’)]*$/;

/** A short line without a sentence's end, starting with a capital: a heading. */
function looksLikeHeading(line: string): boolean {
  return (
    line.length <= 80 &&
    !SENTENCE_END.test(line) &&
    !/[,]$/.test(line) &&
    /^[\p{Lu}\p{N}]/u.test(line) &&
    // A row of page or list numbers is not a heading: a heading has a word.
    /\p{L}{3}/u.test(line) &&
    line.split(/\s+/).length <= 10
  );
}

const ITEM = /^\s*(?:[-*•–]|\d{1,3}[.)])\s+/;

/**
 * Plain text (or text saved from a web page or a PDF): blocks are separated by blank lines; a
 * line broken mid-sentence (text copied from a PDF has a blank line after every line) joins the
 * paragraph before; list lines (`- `, `• `, `1. `) are items; short lines without a full stop
 * are headings.
 */
export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '');
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((line) => line.trim());
    if (lines.every((line) => ITEM.test(line))) {
      for (const line of lines)
        blocks.push({ kind: 'item', text: line.replace(ITEM, ''), page: null });
      continue;
    }
    const joined = lines.join(' ');
    const previous = blocks.at(-1);
    if (lines.length === 1 && looksLikeHeading(joined)) {
      blocks.push({ kind: 'heading', text: joined, page: null });
    } else if (
      previous?.kind === 'paragraph' &&
      !SENTENCE_END.test(previous.text) &&
      /^[\p{Ll}\p{N}–(]/u.test(joined)
    ) {
      previous.text = previous.text.endsWith('-')
        ? previous.text.slice(0, -1) + joined
        : `${previous.text} ${joined}`;
    } else {
      blocks.push({ kind: 'paragraph', text: joined, page: null });
    }
  }
  return blocks;
}
