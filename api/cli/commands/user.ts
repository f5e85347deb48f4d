import { parseArgs } from 'node:util';
import { CreateUserBody } from '../../auth/users.schemas';
import { usersService } from '../../auth/users.service';
import { SYSTEM_ACTOR } from '../../context';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { AppError } from '../../errors';
import { type Io, UsageError } from '../io';

export const userUsage =
  'kompass user add --email E --name N --role admin|evaluator|reader [--municipality CODE]\n' +
  '                                reads the password from stdin, or generates one and prints it once\n' +
  '  kompass user passwd --email E   new password from stdin, or generated; ends their sessions\n' +
  '  kompass user list';

/** The password piped in (first line), or undefined to generate one. */
async function pipedPassword(io: Io): Promise<string | undefined> {
  const line = (await io.readStdin()).split(/\r?\n/)[0] ?? '';
  return line === '' ? undefined : line;
}

export async function userCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  let values: { email?: string; name?: string; role?: string; municipality?: string };
  try {
    values = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        municipality: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (sub !== 'add' && sub !== 'passwd' && sub !== 'list') {
    throw new UsageError('kompass user needs add, passwd or list');
  }
  if (sub === 'add' && (!values.email || !values.name || !values.role)) {
    throw new UsageError('kompass user add needs --email, --name and --role');
  }
  if (sub === 'passwd' && !values.email) throw new UsageError('kompass user passwd needs --email');
  const deps = await openAppDeps(readEnv(io.env));
  const users = usersService(deps);
  try {
    if (sub === 'list') {
      for (const user of await users.list()) {
        const kommun = user.municipalityCode ? ` ${user.municipalityCode}` : '';
        const off = user.disabled ? ' (disabled)' : '';
        io.out(`${user.email}\t${user.role}${kommun}\t${user.name}${off}`);
      }
      return 0;
    }
    const password = await pipedPassword(io);
    if (sub === 'add') {
      const parsed = CreateUserBody.safeParse({
        email: values.email,
        name: values.name,
        role: values.role,
        municipalityCode: values.municipality ?? null,
        ...(password === undefined ? {} : { password }),
      });
      if (!parsed.success) {
        io.err(
          parsed.error.issues
            .map((i) => `kompass user add: --${cliName(String(i.path[0]))}: ${i.message}`)
            .join('\n'),
        );
        return 1;
      }
      const created = await users.create(parsed.data, SYSTEM_ACTOR);
      io.out(`Created ${created.user.role} ${created.user.email}`);
      if (created.password) io.out(`Password (shown only now): ${created.password}`);
      return 0;
    }
    const generated = await users.resetPassword(values.email as string, password, SYSTEM_ACTOR);
    io.out(`Password changed for ${values.email}; their sessions have ended.`);
    if (generated) io.out(`New password (shown only now): ${generated}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.status < 500) {
      io.err(`kompass user ${sub}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await deps.store.close();
  }
}

const cliName = (field: string) => (field === 'municipalityCode' ? 'municipality' : field);
