import { type AppDeps, SYSTEM_ACTOR } from '../context';
import { usersService } from './users.service';

/**
 * On a database without users, creates the first admin with a random password and returns it
 * (to be printed once), or null when users exist.
 */
export async function bootstrapAdmin(deps: AppDeps, email: string): Promise<string | null> {
  const users = usersService(deps);
  if ((await users.count()) > 0) return null;
  const created = await users.create({ email, name: 'Administratör', role: 'admin' }, SYSTEM_ACTOR);
  return created.password ?? null;
}
