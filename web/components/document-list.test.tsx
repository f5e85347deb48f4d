import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { LibraryDocument } from '../lib/document-types';
import { DocumentList, formatSize, safeHref } from './document-list';
import { doc } from './test-support/library-document';

afterEach(cleanup);

function renderList(documents: LibraryDocument[], mayWrite = true) {
  const onDelete = vi.fn();
  render(() => (
    <DocumentList
      evaluationId="e1"
      documents={documents}
      mayWrite={mayWrite}
      citedCount={(id) => (id === 'd1' ? 2 : 0)}
      onSaved={() => undefined}
      onDelete={onDelete}
      onStale={async () => undefined}
    />
  ));
  return { onDelete };
}

describe('DocumentList', () => {
  test('says where each extraction stands: progress, searchable, scanned without text, failed', () => {
    renderList([
      doc('d1'),
      doc('d2', {
        title: 'Protokoll',
        extraction: { status: 'running', progress: 0.4, pages: null, passages: 0, message: null },
      }),
      doc('d3', {
        title: 'Inskannad plan',
        extraction: { status: 'no-text', progress: 1, pages: 3, passages: 0, message: null },
      }),
      doc('d4', {
        title: 'Trasig',
        extraction: {
          status: 'failed',
          progress: 1,
          pages: null,
          passages: 0,
          message: 'PDF-filen är krypterad.',
        },
      }),
    ]);
    const row = (title: string) =>
      screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;
    expect(within(row('Styrmodell')).getByText('Sökbart: 379 stycken, 12 sidor')).toBeTruthy();
    expect(within(row('Styrmodell')).getByText('Citerat 2 gånger')).toBeTruthy();
    const bar = within(row('Protokoll')).getByRole('progressbar', {
      name: 'Textuttag för Protokoll',
    }) as HTMLProgressElement;
    expect(bar.value).toBe(0.4);
    expect(within(row('Protokoll')).getByText(/^Texten tas ut: 40\s%$/)).toBeTruthy();
    expect(within(row('Inskannad plan')).getByText(/verkar vara inskannad/).textContent).toMatch(
      /^Ingen text hittades\./,
    );
    expect(within(row('Trasig')).getByText(/PDF-filen är krypterad/)).toBeTruthy();
  });

  test('a reader gets reading and downloading only; the download is the original file', () => {
    renderList([doc('d1')], false);
    expect(screen.queryByRole('button')).toBeNull();
    const download = screen.getByRole('link', { name: 'Ladda ner originalfilen till Styrmodell' });
    expect(download.getAttribute('href')).toBe('/api/documents/d1/file');
    expect(download.getAttribute('download')).toBe('styrmodell.pdf');
  });

  test('a hostile title and a javascript: address stay text', () => {
    const { onDelete } = renderList([
      doc('d9', { title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }),
    ]);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort <img src=x onerror=alert(1)>' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });
});

describe('safeHref and formatSize', () => {
  test('only http and https become links', () => {
    expect(safeHref('https://www.upplandsvasby.se/ledningssystem')).toBe(
      'https://www.upplandsvasby.se/ledningssystem',
    );
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>x</script>')).toBeNull();
    expect(safeHref('inte en adress')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });

  test('sizes in Swedish form', () => {
    expect(formatSize(12)).toBe('12\u00a0B');
    expect(formatSize(48_200)).toBe('48\u00a0kB');
    expect(formatSize(1_250_000)).toBe('1,3\u00a0MB');
  });
});
