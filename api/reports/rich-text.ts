/** A paragraph or a bulleted list: what a report's free text is made of. */
export type TextBlock = { kind: 'p'; text: string } | { kind: 'ul'; items: string[] };

const BULLET = /^\s*(?:[-•*–])\s+/;

/**
 * Splits text into paragraphs and lists: a blank line ends a paragraph; lines starting with
 * "- ", "• ", "* " or "– " are list items (consecutive ones form one list); other lines of a
 * paragraph join with a space. `richText("a\n\n- b\n- c")` is a paragraph and a two-item list.
 */
export function richText(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'p', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      endParagraph();
      continue;
    }
    if (BULLET.test(raw)) {
      endParagraph();
      const item = line.replace(BULLET, '');
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'ul') last.items.push(item);
      else blocks.push({ kind: 'ul', items: [item] });
      continue;
    }
    paragraph.push(line);
  }
  endParagraph();
  return blocks;
}

/** Fills `{name}` placeholders; a placeholder without a value stays as written. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}
