import Busboy from '@fastify/busboy';
import { AppError, invalidInput } from '../errors';

/** An upload's multipart/form-data body: its one file and its text fields. */
export interface UploadForm {
  /** The part named `file`, or null when there is none. */
  file: { name: string; bytes: Uint8Array } | null;
  /** How many file parts the body holds, whatever their names. */
  files: number;
  /** Text fields by name; the first of a repeated name counts. */
  fields: Record<string, string>;
}

/** More text fields than an upload has (title, kind, url, date) by a wide margin. */
const FIELD_LIMIT = 20;
const FIELD_SIZE = 64 * 1024;

/**
 * Reads an upload as it streams in, a network chunk at a time, so the server's event loop is
 * never held by one large parse: undici's `Request.formData()` (under Hono's `parseBody`) parses
 * the whole body in one go, about 23 µs a kilobyte, which is 3.5 ms for a 150 kB PDF and over a
 * second for a 50 MB one, with every autosave waiting behind it. A file over `fileSize` is
 * refused (413) as soon as its bytes pass the limit.
 */
export async function readUploadForm(
  request: Request,
  limits: { fileSize: number },
): Promise<UploadForm> {
  const unreadable = () =>
    invalidInput([
      { path: 'body', message: 'is not a readable multipart/form-data body with a "file"' },
    ]);
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(contentType) || !request.body) throw unreadable();
  let parser: ReturnType<typeof Busboy>;
  try {
    parser = Busboy({
      headers: { 'content-type': contentType },
      limits: { fileSize: limits.fileSize, fields: FIELD_LIMIT, fieldSize: FIELD_SIZE },
    });
  } catch {
    throw unreadable();
  }
  const form: UploadForm = { file: null, files: 0, fields: {} };
  // The first refusal wins; a holder, as the parser's callbacks set it.
  const outcome: { refused: AppError | null } = { refused: null };
  const refuse = (error: AppError) => {
    outcome.refused ??= error;
  };
  const reading: Promise<void>[] = [];
  parser.on('file', (name, stream, fileName) => {
    form.files++;
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => {
      if (name === 'file') chunks.push(chunk);
    });
    stream.on('limit', () =>
      refuse(
        new AppError(
          413,
          'too_large',
          `${fileName || 'the file'} is over the limit of ${limits.fileSize} bytes`,
        ),
      ),
    );
    const read = new Promise<void>((resolve, reject) => {
      stream.on('error', reject);
      stream.on('end', () => {
        // A form sent without a chosen file carries an empty part with no name: not a file.
        if (name === 'file' && fileName === '' && chunks.length === 0) form.files--;
        else if (name === 'file' && form.file === null) {
          form.file = { name: fileName, bytes: new Uint8Array(Buffer.concat(chunks)) };
        }
        resolve();
      });
    });
    // Awaited below; a body cut off mid-file rejects it there, not as an unhandled rejection.
    read.catch(() => undefined);
    reading.push(read);
  });
  parser.on('field', (name, value, _nameTruncated, valueTruncated) => {
    if (valueTruncated) {
      refuse(invalidInput([{ path: name, message: `is over ${FIELD_SIZE} characters` }]));
    }
    if (!(name in form.fields)) form.fields[name] = value;
  });
  parser.on('fieldsLimit', () =>
    refuse(invalidInput([{ path: 'body', message: `has over ${FIELD_LIMIT} form fields` }])),
  );
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('finish', resolve);
    parser.on('error', reject);
  });
  try {
    for await (const chunk of request.body) {
      if (outcome.refused) break;
      if (!parser.write(chunk)) {
        await new Promise<void>((resolve, reject) => {
          parser.once('drain', resolve);
          parser.once('error', reject);
        });
      }
    }
    if (outcome.refused) throw outcome.refused;
    parser.end();
    await finished;
    await Promise.all(reading);
  } catch (error) {
    parser.destroy();
    if (error instanceof AppError) throw error;
    throw unreadable();
  }
  if (outcome.refused) throw outcome.refused;
  return form;
}
