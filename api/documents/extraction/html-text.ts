import { Parser } from 'htmlparser2';
import type { Block } from './blocks';

/** Site chrome and what is never text: their content is left out whole. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'form',
  'head',
]);
const HEADING = /^h[1-6]$/;
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'tr',
  'table',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'figcaption',
  'caption',
  'address',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/**
 * An HTML page's readable text as blocks (headings, paragraphs, list items). Scripts are parsed
 * as text to skip, never run; navigation, header, footer and aside are left out, as are elements
 * marked `role="navigation"`, `"banner"` or `"contentinfo"`.
 */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let skipDepth = 0;
  const stack: { name: string; skip: boolean }[] = [];
  const inside = (test: (name: string) => boolean) => stack.some((open) => test(open.name));

  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (text === '') return;
    const kind = inside((name) => HEADING.test(name))
      ? 'heading'
      : inside((name) => name === 'li')
        ? 'item'
        : 'paragraph';
    blocks.push({ kind, text, page: null });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const role = attributes.role ?? '';
        const skip =
          SKIPPED.has(name) ||
          role === 'navigation' ||
          role === 'banner' ||
          role === 'contentinfo' ||
          attributes.hidden !== undefined ||
          attributes['aria-hidden'] === 'true';
        if (skipDepth === 0 && BLOCK.has(name)) flush();
        stack.push({ name, skip });
        if (skip) skipDepth++;
      },
      ontext(text) {
        if (skipDepth === 0) buffer += text;
      },
      onclosetag(name) {
        // Close up to the matching element (htmlparser2 closes implied ones the same way).
        const index = stack.map((open) => open.name).lastIndexOf(name);
        if (index === -1) return;
        if (skipDepth === 0 && BLOCK.has(name)) flush();
        for (const open of stack.splice(index)) if (open.skip) skipDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

export interface PageFacts {
  title: string | null;
  url: string | null;
}

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A saved web page's title and address: `<title>`, and the address from the canonical link,
 * `og:url`, or the "saved from url" comment browsers write when saving a page.
 */
export function pageFacts(html: string): PageFacts {
  const head = html.slice(0, 200_000);
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(head)?.[1];
  const url =
    /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(head)?.[1] ??
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']?canonical/i.exec(head)?.[1] ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(head)?.[1] ??
    /<!--\s*saved from url=\(\d+\)(\S+)\s*-->/i.exec(head)?.[1];
  const cleanUrl = url ? decode(url) : null;
  return {
    title: title && decode(title) !== '' ? decode(title).slice(0, 500) : null,
    url: cleanUrl && /^https?:\/\//i.test(cleanUrl) ? cleanUrl.slice(0, 2000) : null,
  };
}
