import { Document as DocxDocument, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect } from 'vitest';
import { STORES } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import type { TestApp } from '../test-support/test-app';
import { draftEvaluation, upload, uploadAndRead } from './test-support/documents-test';
import { simplePdf } from './test-support/simple-pdf';
import { zipFiles } from './test-support/zip-file';

async function nothingStored(api: TestApp, id: string) {
  expect((await api.call('GET', `/api/evaluations/${id}/documents`)).body.documents).toEqual([]);
  const db = api.deps.store.db;
  expect(await db.selectFrom('document_files').select('document_id').execute()).toEqual([]);
}

async function passagesOf(api: TestApp, documentId: string): Promise<string[]> {
  const { passages } = (await api.call('GET', `/api/documents/${documentId}/passages`)).body;
  return passages.map((p: { text: string }) => p.text);
}

describe.each(STORES)('hostile files on %s', (dialect) => {
  const test = apiTest(dialect, { documentLimit: 3_000_000 });

  test('a Word document is read with its headings and list items', async ({ api }) => {
    const id = await draftEvaluation(api);
    const docx = await Packer.toBuffer(
      new DxDoc([
        new Paragraph({ text: 'Medborgardialog', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('Nämnden för medborgardialoger två gånger om året.'),
        new Paragraph({ text: 'Dialog om budgeten', bullet: { level: 0 } }),
      ]).value,
    );
    const document = await uploadAndRead(api, id, {
      name: 'plan.docx',
      bytes: new Uint8Array(docx),
    });
    expect(document.extraction.status).toBe('done');
    const { passages } = (await api.call('GET', `/api/documents/${document.id}/passages`)).body;
    expect(passages.map((p: any) => [p.heading, p.text])).toEqual([
      ['Medborgardialog', 'Nämnden för medborgardialoger två gånger om året.'],
      ['Medborgardialog', 'Dialog om budgeten'],
    ]);
  });

  test('bytes that are not what the name says are refused, naming the file', async ({ api }) => {
    const id = await draftEvaluation(api);
    const cases: [string, Uint8Array | string, RegExp][] = [
      [
        'plan.pdf',
        '<!doctype html><html><body>Hej</body></html>',
        /plan\.pdf: the name says PDF but the file is HTML/,
      ],
      [
        'plan.docx',
        simplePdf([[{ kind: 'paragraph', text: 'Hej' }]]),
        /plan\.docx: the name says Word \(DOCX\) but the file is PDF/,
      ],
      [
        'program.docx',
        new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]),
        /program\.docx: is a program/,
      ],
      [
        'arkiv.docx',
        zipFiles([{ name: 'a.txt', data: Buffer.from('x') }]),
        /arkiv\.docx: is a zip archive but not a Word document/,
      ],
      ['bild.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), /bild\.txt: is a PNG image/],
      ['tom.txt', '', /tom\.txt: the file is empty/],
      ['latin1.txt', new Uint8Array([0x6d, 0xe5, 0x6c]), /latin1\.txt: is neither PDF/],
      // Only the start is decoded; the whole file is checked: Latin-1 past the first 256 kB.
      [
        'sent-latin1.txt',
        new Uint8Array([...new TextEncoder().encode('Styrning. '.repeat(30_000)), 0xe5]),
        /sent-latin1\.txt: is neither PDF/,
      ],
    ];
    for (const [name, bytes, message] of cases) {
      const response = await upload(api, id, { name, bytes });
      expect(response.status, name).toBe(400);
      expect(response.body.error.issues[0].path).toBe('file');
      expect(response.body.error.message).toMatch(message);
    }
    const broken = await api.app.request(`/api/evaluations/${id}/documents`, {
      method: 'POST',
      headers: { cookie: api.adminCookie, 'content-type': 'multipart/form-data; boundary=x' },
      body: '--y\r\nnonsense',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.issues[0].path).toBe('body');
    await nothingStored(api, id);
  });

  test('a file over DOCUMENT_LIMIT gets 413 and nothing is stored; under it passes BODY_LIMIT', async ({
    api,
  }) => {
    const id = await draftEvaluation(api);
    const big = upload(api, id, { name: 'stor.txt', bytes: 'a'.repeat(3_000_001) });
    expect((await big).status).toBe(413);
    await nothingStored(api, id);
    // 2 MB: over the 1 MB JSON body limit, under the document limit.
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `Stycke ${i} om styrning.`).join(
      '\n\n',
    );
    const fine = await upload(api, id, {
      name: 'lang.txt',
      bytes: paragraphs.padEnd(2_000_000, ' '),
    });
    expect(fine.status).toBe(201);
    expect(fine.body.size).toBe(2_000_000);
  });

  test('encrypted, broken and scanned PDFs are kept with a plain message, no passages', async ({
    api,
  }) => {
    const id = await draftEvaluation(api);
    const encrypted = await uploadAndRead(api, id, {
      name: 'låst.pdf',
      bytes: simplePdf([[{ kind: 'paragraph', text: 'Hemlig text.' }]], { encrypt: true }),
    });
    expect(encrypted.extraction).toMatchObject({ status: 'failed', passages: 0 });
    expect(encrypted.extraction.message).toMatch(/lösenordsskyddad/);
    const broken = await uploadAndRead(api, id, {
      name: 'trasig.pdf',
      bytes: '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << >>\n%%EOF',
    });
    expect(broken.extraction).toMatchObject({ status: 'failed', passages: 0 });
    expect(broken.extraction.message).toMatch(/^PDF-filen är trasig eller går inte att läsa/);
    const scanned = await uploadAndRead(api, id, {
      name: 'skannad.pdf',
      bytes: simplePdf([[], []]),
    });
    expect(scanned.extraction).toMatchObject({ status: 'no-text', pages: 2, passages: 0 });
    expect(scanned.extraction.message).toMatch(/ingen text som går att läsa ut/);
    for (const document of [encrypted, broken, scanned]) {
      expect(await passagesOf(api, document.id)).toEqual([]);
    }
  });

  test('a DOCX zip bomb stops at the cap and fails plainly', async ({ api }) => {
    const id = await draftEvaluation(api);
    const bomb = zipFiles([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(210 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(1_000_000);
    const document = await uploadAndRead(api, id, { name: 'bomb.docx', bytes: bomb });
    expect(document.extraction).toMatchObject({ status: 'failed', passages: 0 });
    expect(document.extraction.message).toBe(
      'Word-filen kan inte läsas: den packas upp till mer än 200 MB (en så kallad zip-bomb).',
    );
  });

  test('HTML with scripts: scripts never become text, the file is only ever an attachment', async ({
    api,
  }) => {
    const id = await draftEvaluation(api);
    const html =
      '<html><head><script>document.cookie</script><style>p{}</style></head><body>' +
      '<img src=x onerror="alert(1)"><p>Riktig text om <b>styrning</b>.</p>' +
      '<div role="navigation">Meny</div><aside>Puff</aside>' +
      '<p>=cmd|\' /C calc\'!A0 och "citat"\nrad två</p><script>fetch("/api")</script></body></html>';
    const document = await uploadAndRead(api, id, { name: 'sida.htm', bytes: html });
    expect(await passagesOf(api, document.id)).toEqual([
      'Riktig text om styrning.',
      '=cmd|\' /C calc\'!A0 och "citat" rad två',
    ]);
    const response = await api.app.request(`/api/documents/${document.id}/file`, {
      headers: { cookie: api.adminCookie },
    });
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });
});

/** docx's Document with one section of paragraphs. */
class DxDoc {
  readonly value: DocxDocument;
  constructor(children: Paragraph[]) {
    this.value = new DocxDocument({ sections: [{ children }] });
  }
}
