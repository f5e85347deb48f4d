import type { DocumentKind } from '../lib/document-types';

/** The file name as a title, as the server makes it: no folders or extension, `_` as spaces. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return (
    base
      .replace(/\.[a-z0-9]+$/i, '')
      .replace(/_+/g, ' ')
      .trim() || base
  );
}

/** A saved web page (by its name) is a webbsida; anything else starts as a styrdokument. */
export function isWebPage(name: string): boolean {
  return /\.html?$/i.test(name);
}

export const kindForFile = (name: string): DocumentKind =>
  isWebPage(name) ? 'webbsida' : 'styrdokument';

/**
 * A saved page's own title and address, read as the server reads them (its `<title>`, then the
 * canonical link, `og:url` or the "saved from url" comment a browser writes). DOMParser builds an
 * inert document: no script runs and nothing loads.
 */
export function savedPageFacts(html: string): { title: string | null; url: string | null } {
  const head = html.slice(0, 200_000);
  const parsed = new DOMParser().parseFromString(head, 'text/html');
  const title = parsed.querySelector('title')?.textContent?.trim() || null;
  const candidates = [
    parsed.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    parsed.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
    /<!--\s*saved from url=\(\d+\)(\S+)\s*-->/i.exec(head)?.[1],
  ];
  const url = candidates.find((c): c is string => !!c && /^https?:\/\//i.test(c.trim())) ?? null;
  return { title: title?.slice(0, 500) ?? null, url: url?.trim().slice(0, 2000) ?? null };
}

/** Only http(s) addresses are stored; the same rule as the server's. */
export function validWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
