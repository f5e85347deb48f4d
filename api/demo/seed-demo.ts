import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../rubrics/project-root';
import { type Actor, type AppDeps, SYSTEM_ACTOR } from '../context';
import { evaluationsService } from '../evaluations/evaluations.service';
import { loadReferenceDirectory } from '../formats/reference-library';
import { insertReferences } from '../references/references.repository';
import { seedEnkopingDocuments } from './seed-documents';
import { seedEnkopingPlan } from './seed-plan';

/**
 * On an empty database, loads the demo data: the Enköping 2016 evaluation with a handlingsplan
 * (actions and seed 000's effektmål), its governing documents with a few citations and every published reference result in fixtures/, so a
 * newcomer sees a real evaluation at once. Returns what was loaded, or null when the database
 * already held data.
 */
export async function seedDemoData(
  deps: AppDeps,
  actor: Actor = SYSTEM_ACTOR,
): Promise<{ evaluations: number; references: number } | null> {
  const { db } = deps.store;
  const existing = await db.selectFrom('evaluations').select('id').limit(1).executeTakeFirst();
  const references = await db
    .selectFrom('reference_results')
    .select('id')
    .limit(1)
    .executeTakeFirst();
  if (existing || references) return null;
  const file = JSON.parse(
    readFileSync(join(projectRoot(), 'fixtures/evaluations/enkoping-2016.json'), 'utf8'),
  );
  const { id: evaluationId } = await evaluationsService(deps).importFile(file, actor);
  const improvements = Object.fromEntries(
    Object.entries(file.areas as Record<string, { improvements?: string[] }>).map(([id, area]) => [
      id,
      area.improvements ?? [],
    ]),
  );
  await seedEnkopingPlan(deps, evaluationId, improvements, actor);
  await seedEnkopingDocuments(deps, evaluationId, actor);
  const shipped = loadReferenceDirectory();
  await db.transaction().execute((trx) => insertReferences(trx, shipped, deps.now()));
  return { evaluations: 1, references: shipped.length };
}
