import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { SYSTEM_ACTOR } from '../../context';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { AppError } from '../../errors';
import { rubricVersionsService } from '../../rubrics/rubric-versions.service';
import { templateWorkbook } from '../../rubrics/workbook/write-workbook';
import { type Io, UsageError } from '../io';

export const rubricUsage = [
  'kompass rubric import FILE [--publish]    import a rubric (.json or .xlsx) as a draft, or publish it at once',
  '  kompass rubric list                        every rubric version: id, version, status, delfrågor, title',
  '  kompass rubric publish ID VERSION          publish a draft: frozen from then on',
  '  kompass rubric export ID VERSION -o FILE   write a version as .json or .xlsx (by the extension)',
  '  kompass rubric template -o FILE            write the Excel template to fill in',
].join('\n');

const STATUS = { draft: 'utkast', published: 'publicerad' } as const;

/** `-o FILE` out of the arguments: the rest and the file. */
function outputOf(args: string[]): { rest: string[]; output: string | undefined } {
  const at = args.indexOf('-o');
  if (at === -1) return { rest: args, output: undefined };
  const output = args[at + 1];
  if (!output) throw new UsageError('-o needs a FILE');
  return { rest: args.filter((_, index) => index !== at && index !== at + 1), output };
}

function formatOf(file: string): 'json' | 'xlsx' {
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.xlsx') return 'xlsx';
  throw new UsageError(`the file must end in .json or .xlsx, not "${extension || file}"`);
}

type Service = ReturnType<typeof rubricVersionsService>;

async function versionIdOf(service: Service, id: string, version: string): Promise<string> {
  const found = (await service.list(SYSTEM_ACTOR)).find(
    (v) => v.id === id && v.version === version,
  );
  if (!found) throw new AppError(404, 'not_found', `rubric ${id} version ${version} not found`);
  return found.versionId;
}

export async function rubricCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rawRest] = args;
  const { rest, output } = outputOf(rawRest);
  if (sub === 'template') {
    if (!output || rest.length > 0) throw new UsageError('kompass rubric template needs -o FILE');
    writeFileSync(resolve(io.cwd, output), await templateWorkbook());
    io.out(`Wrote the template to ${output}`);
    return 0;
  }
  const checkArgs = () => {
    if (sub === 'import') {
      const files = rest.filter((arg) => arg !== '--publish');
      if (files.length !== 1 || output)
        throw new UsageError('kompass rubric import needs one FILE');
      return;
    }
    if (sub === 'list' && rest.length === 0 && !output) return;
    if (sub === 'publish' && rest.length === 2 && !output) return;
    if (sub === 'export' && rest.length === 2 && output) return;
    throw new UsageError(
      sub && ['list', 'publish', 'export'].includes(sub)
        ? `wrong arguments for kompass rubric ${sub}`
        : `unknown subcommand "${sub ?? ''}": import, list, publish, export or template`,
    );
  };
  checkArgs();
  const file = sub === 'import' ? (rest.find((arg) => arg !== '--publish') as string) : undefined;
  const bytes = file ? new Uint8Array(readFileSync(resolve(io.cwd, file))) : undefined;
  if (sub === 'export' && output) formatOf(output);

  const deps = await openAppDeps(readEnv(io.env));
  const service = rubricVersionsService(deps);
  try {
    if (sub === 'import' && file && bytes) {
      const result = await service.importUpload(bytes, file, SYSTEM_ACTOR, {
        publish: rest.includes('--publish'),
      });
      io.out(`${result.version.id} ${result.version.version}: ${result.message}`);
      return 0;
    }
    if (sub === 'list') {
      const versions = await service.list(SYSTEM_ACTOR);
      io.out(
        versions
          .map((v) =>
            [
              v.id,
              v.version,
              STATUS[v.status],
              v.origin === 'file' ? 'fil' : 'import',
              `${v.questionCount} delfrågor`,
              v.title,
            ].join('\t'),
          )
          .join('\n'),
      );
      return 0;
    }
    const [id, version] = rest as [string, string];
    const versionId = await versionIdOf(service, id, version);
    if (sub === 'publish') {
      const published = await service.publish(versionId, SYSTEM_ACTOR);
      io.out(`${published.id} ${published.version}: publicerad (sha256 ${published.checksum})`);
      return 0;
    }
    const target = resolve(io.cwd, output as string);
    if (formatOf(target) === 'xlsx') {
      writeFileSync(target, (await service.exportWorkbook(versionId, SYSTEM_ACTOR)).bytes);
    } else {
      writeFileSync(target, (await service.exportJson(versionId, SYSTEM_ACTOR)).text);
    }
    io.out(`Wrote ${id} ${version} to ${output}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.status < 500) {
      const lines = error.issues?.map(
        (issue) => `${file ?? 'rubric'}: ${issue.path}: ${issue.message}`,
      ) ?? [`kompass rubric ${sub}: ${error.message}`];
      io.err(lines.join('\n'));
      return 1;
    }
    throw error;
  } finally {
    await deps.store.close();
  }
}
