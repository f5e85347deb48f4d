import { describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { readUploadForm } from './upload-form';

const BOUNDARY = '----kompass7MA4YWxkTrZu0gW';
const CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;
const encoder = new TextEncoder();

type Part =
  | { name: string; value: string }
  | { name: string; fileName: string; bytes: Uint8Array; type?: string };

/** A multipart body as a browser sends it. */
function multipart(parts: Part[], end = true): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const head =
      'fileName' in part
        ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\nContent-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`
        : `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`;
    chunks.push(encoder.encode(head));
    chunks.push('fileName' in part ? part.bytes : encoder.encode(part.value));
    chunks.push(encoder.encode('\r\n'));
  }
  if (end) chunks.push(encoder.encode(`--${BOUNDARY}--\r\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A request whose body arrives `size` bytes at a time, each chunk a turn of the event loop
 * later, as from a socket; `pulled` counts the chunks the reader took.
 */
function streamed(body: Uint8Array, size: number, contentType = CONTENT_TYPE) {
  let offset = 0;
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setImmediate(resolve));
      if (offset >= body.length) return controller.close();
      state.pulled++;
      controller.enqueue(body.slice(offset, offset + size));
      offset += size;
    },
  });
  const request = new Request('http://kompass.test/api/evaluations/x/documents', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  return { request, state, chunks: Math.ceil(body.length / size) };
}

/** Bytes holding what a parser could mistake for a boundary: CR LF, dashes, NUL. */
function awkwardBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + 7) % 256;
  bytes.set(encoder.encode(`\r\n--${BOUNDARY.slice(0, -1)}\r\n`), 100);
  bytes.set(encoder.encode('\r\n--'), length - 4);
  return bytes;
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe('readUploadForm', () => {
  test('the file and the fields come through byte for byte, however the body is chunked', async () => {
    const pdf = awkwardBytes(150_000);
    const body = multipart([
      { name: 'title', value: 'Styrmodell för Essunga kommun' },
      { name: 'kind', value: 'styrdokument' },
      { name: 'file', fileName: 'Styrmodell för Essunga.pdf', bytes: pdf, type: 'application/pdf' },
      { name: 'date', value: '2016-05-10' },
    ]);
    // One chunk, a socket's 64 kB, and 7 bytes: boundaries and headers split anywhere.
    for (const size of [body.length, 65_536, 7]) {
      const { request } = streamed(body, size);
      const form = await readUploadForm(request, { fileSize: 1_000_000 });
      expect(form.files, `chunks of ${size}`).toBe(1);
      expect(form.file?.name).toBe('Styrmodell för Essunga.pdf');
      expect(Buffer.from(form.file?.bytes ?? []).equals(Buffer.from(pdf))).toBe(true);
      expect(form.fields).toEqual({
        title: 'Styrmodell för Essunga kommun',
        kind: 'styrdokument',
        date: '2016-05-10',
      });
    }
  });

  test('a second file is counted, a repeated field keeps its first value', async () => {
    const body = multipart([
      { name: 'title', value: 'Först' },
      { name: 'title', value: 'Sedan' },
      { name: 'file', fileName: 'a.txt', bytes: encoder.encode('Plan A') },
      { name: 'bilaga', fileName: 'b.txt', bytes: encoder.encode('Plan B') },
    ]);
    const form = await readUploadForm(streamed(body, 1024).request, { fileSize: 1000 });
    expect(form.files).toBe(2);
    expect(new TextDecoder().decode(form.file?.bytes)).toBe('Plan A');
    expect(form.fields.title).toBe('Först');
  });

  test('a form sent without a chosen file has no file', async () => {
    const body = multipart([
      { name: 'title', value: 'Utan fil' },
      { name: 'file', fileName: '', bytes: new Uint8Array() },
    ]);
    const form = await readUploadForm(streamed(body, 1024).request, { fileSize: 1000 });
    expect(form.file).toBeNull();
    expect(form.files).toBe(0);
  });

  test('a file over the limit is refused with 413 before the rest of the body is read', async () => {
    const body = multipart([
      { name: 'file', fileName: 'Årsredovisning.pdf', bytes: awkwardBytes(200_000) },
    ]);
    const { request, state, chunks } = streamed(body, 4096);
    const error = await refusal(readUploadForm(request, { fileSize: 20_000 }));
    expect(error.status).toBe(413);
    expect(error.message).toBe('Årsredovisning.pdf is over the limit of 20000 bytes');
    expect(state.pulled).toBeLessThan(chunks / 2);
    // Exactly at the limit passes.
    const exact = multipart([{ name: 'file', fileName: 'exakt.txt', bytes: awkwardBytes(20_000) }]);
    const form = await readUploadForm(streamed(exact, 4096).request, { fileSize: 20_000 });
    expect(form.file?.bytes.length).toBe(20_000);
  });

  test('a body that is not multipart, or is cut off, is refused naming the body', async () => {
    const cut = multipart([{ name: 'file', fileName: 'a.txt', bytes: encoder.encode('x') }], false);
    const bodies = [
      streamed(encoder.encode('{"file":"a"}'), 100, 'application/json'),
      streamed(cut, 100),
      streamed(encoder.encode('--y\r\nnonsense'), 100),
      streamed(encoder.encode('x'), 100, 'multipart/form-data'),
    ];
    for (const { request } of bodies) {
      const error = await refusal(readUploadForm(request, { fileSize: 1000 }));
      expect(error.status).toBe(400);
      expect(error.issues?.[0]?.path).toBe('body');
    }
  });

  test('an overlong field is refused naming the field', async () => {
    const body = multipart([
      { name: 'title', value: 'å'.repeat(70_000) },
      { name: 'file', fileName: 'a.txt', bytes: encoder.encode('x') },
    ]);
    const error = await refusal(readUploadForm(streamed(body, 8192).request, { fileSize: 1000 }));
    expect(error.status).toBe(400);
    expect(error.issues?.[0]).toEqual({ path: 'title', message: 'is over 65536 characters' });
  });
});
