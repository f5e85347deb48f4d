import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { SYSTEM_ACTOR } from '../../context';
import { openAppDeps } from '../../deps';
import { DocumentKind, type Highlight } from '../../documents/documents.schemas';
import { documentsService } from '../../documents/documents.service';
import { startExtractionQueue } from '../../documents/extraction-queue';
import { sniffFormat } from '../../documents/file-format';
import { searchDocuments, searchScope } from '../../documents/search.service';
import { readEnv } from '../../env';
import { AppError } from '../../errors';
import { type Io, UsageError } from '../io';

export const documentsUsage =
  'kompass documents add EVALUATION FILE... [--title T] [--kind K] [--url U] [--date YYYY-MM-DD]\n' +
  '                                 store documents with an evaluation and read their text\n' +
  '  kompass documents search EVALUATION QUERY [--json]   search them in Swedish';

/** `--name value` options out of `args`; the rest in order. */
function options(args: string[], names: string[]) {
  const found: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    if (name !== null && names.includes(name)) {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      found[name] = value;
      i++;
    } else if (name === 'json') {
      // A flag, read by the caller.
    } else if (name !== null) {
      throw new UsageError(`unknown option ${arg}`);
    } else rest.push(arg);
  }
  return { found, rest };
}

/** The snippet with the matching words between ** **, on one line. */
function marked(snippet: Highlight): string {
  return snippet
    .map((run) => (run.match ? `**${run.text}**` : run.text))
    .join('')
    .replace(/\s+/g, ' ');
}

async function add(args: string[], io: Io): Promise<number> {
  const { found, rest } = options(args, ['title', 'kind', 'url', 'date']);
  const [evaluationId, ...files] = rest;
  if (!evaluationId || files.length === 0) {
    throw new UsageError('kompass documents add needs an EVALUATION id and at least one FILE');
  }
  if (found.title && files.length > 1) {
    throw new UsageError('--title names one document: give one FILE with it');
  }
  const kind = found.kind === undefined ? undefined : DocumentKind.safeParse(found.kind);
  if (kind && !kind.success) {
    throw new UsageError(
      `--kind is one of ${DocumentKind.options.join(', ')}, not "${found.kind}"`,
    );
  }
  // Every file is read and judged before any is stored: one bad file stores none.
  const uploads = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(resolve(io.cwd, file)));
    } catch (error) {
      io.err(
        `kompass documents: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      );
      return 1;
    }
    try {
      sniffFormat(basename(file), bytes);
    } catch (error) {
      if (error instanceof AppError) {
        io.err(`kompass documents: ${error.issues?.[0]?.message ?? error.message}`);
        return 1;
      }
      throw error;
    }
    uploads.push({ name: basename(file), bytes });
  }
  const env = readEnv(io.env);
  const deps = await openAppDeps(env);
  const extraction = startExtractionQueue(deps.store, {
    log: (line) => io.err(line),
    readerPriority: env.READER_PRIORITY,
  });
  try {
    const service = documentsService({ ...deps, extraction });
    const stored = [];
    for (const file of uploads) {
      stored.push(
        await service.upload(
          evaluationId,
          file,
          {
            ...(found.title ? { title: found.title } : {}),
            ...(kind?.success ? { kind: kind.data } : {}),
            ...(found.url ? { url: found.url } : {}),
            ...(found.date ? { date: found.date } : {}),
          },
          SYSTEM_ACTOR,
        ),
      );
    }
    extraction.notify();
    await extraction.idle();
    let failed = false;
    for (const { id } of stored) {
      const document = await service.get(id, SYSTEM_ACTOR);
      const { status, passages, pages, message } = document.extraction;
      failed ||= status !== 'done';
      const pagesText = pages === null ? '' : `, ${pages} pages`;
      io.out(`${document.id}\t${document.title}\t${status} (${passages} passages${pagesText})`);
      if (message) io.err(`kompass documents: ${document.fileName}: ${message}`);
    }
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof AppError && error.status < 500) {
      io.err(`kompass documents: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await extraction.close();
    await deps.store.close();
  }
}

async function search(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const { rest } = options(args, []);
  const [evaluationId, ...words] = rest;
  const query = words.join(' ').trim();
  if (!evaluationId || query === '') {
    throw new UsageError('kompass documents search needs an EVALUATION id and a QUERY');
  }
  const deps = await openAppDeps(readEnv(io.env));
  try {
    const scope = await searchScope(deps, evaluationId, SYSTEM_ACTOR);
    const hits = await searchDocuments(deps, scope, query, 20);
    if (json) {
      io.out(JSON.stringify({ hits }, null, 2));
      return 0;
    }
    if (hits.length === 0) io.err(`kompass documents: nothing found for "${query}"`);
    for (const hit of hits) {
      const where = [hit.page === null ? null : `s. ${hit.page}`, hit.heading]
        .filter((part) => part !== null)
        .join(' · ');
      io.out(`${hit.documentTitle}${where ? ` (${where})` : ''}\n  ${marked(hit.snippet)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      io.err(`kompass documents: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await deps.store.close();
  }
}

export async function documentsCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return add(rest, io);
  if (sub === 'search') return search(rest, io);
  throw new UsageError('kompass documents add … or kompass documents search …');
}
