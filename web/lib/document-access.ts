import type { Me } from './session';

/**
 * Who may add, change and cite documents, as the API decides it: the evaluation's team and
 * admins, while the evaluation is not published. A kommun's reader only reads.
 */
export function mayWriteDocuments(
  user: Pick<Me, 'id' | 'role'> | null | undefined,
  evaluation: { status: string; team: readonly { userId: string | null }[] } | undefined,
): boolean {
  if (!user || !evaluation || evaluation.status === 'published') return false;
  return user.role === 'admin' || evaluation.team.some((member) => member.userId === user.id);
}
