import { kommunByCode, kommunIssue } from '../../rubrics/kommuner/scb-kommuner';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { MunicipalityRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { AppError, conflict, invalidInput, notFound } from '../errors';
import {
  findMunicipality,
  findMunicipalityByCode,
  insertMunicipality,
  listMunicipalitiesVisibleTo,
  updateMunicipality,
} from './municipalities.repository';
import type {
  CreateMunicipalityBody,
  Municipality,
  UpdateMunicipalityBody,
} from './municipalities.schemas';

export function toMunicipality(row: MunicipalityRow): Municipality {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    officialName: row.official_name,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** 409 `duplicate`: the kommunkod belongs to another kommun already. */
function duplicateCode(existing: MunicipalityRow): AppError {
  const message = `kommunkod ${existing.code} already belongs to ${existing.name}`;
  return new AppError(
    409,
    'duplicate',
    `code: ${message}`,
    [{ path: 'code', message }],
    toMunicipality(existing),
  );
}

const CHANGED = 'the kommun was changed by someone else';

/** Kommuner, one per kommunkod: created explicitly or by the first evaluation of a kommun. */
export function municipalitiesService(deps: AppDeps) {
  const { db } = deps.store;

  return {
    /** The kommuner `viewer` may know of (see listMunicipalitiesVisibleTo). */
    async list(viewer: Actor): Promise<Municipality[]> {
      return (await listMunicipalitiesVisibleTo(db, viewer)).map(toMunicipality);
    },

    async create(body: CreateMunicipalityBody, actor: Actor): Promise<Municipality> {
      const now = deps.now();
      try {
        return await db.transaction().execute(async (trx) => {
          const existing = await findMunicipalityByCode(trx, body.code);
          if (existing) throw duplicateCode(existing);
          const row = await insertMunicipality(
            trx,
            {
              code: body.code,
              name: kommunByCode(body.code)?.name ?? body.name,
              officialName: body.officialName ?? null,
            },
            now,
          );
          const after = toMunicipality(row);
          await writeAudit(trx, {
            actor: actor.id,
            action: 'municipality.create',
            entity: 'municipality',
            entityId: row.id,
            evaluationId: null,
            before: null,
            after,
            at: now,
          });
          return after;
        });
      } catch (error) {
        // Two creates of one kommunkod raced: the loser hit the unique key.
        if (isUniqueViolation(error)) {
          const existing = await findMunicipalityByCode(db, body.code);
          if (existing) throw duplicateCode(existing);
        }
        throw error;
      }
    },

    async update(id: string, body: UpdateMunicipalityBody, actor: Actor): Promise<Municipality> {
      const now = deps.now();
      return db.transaction().execute(async (trx) => {
        const row = await findMunicipality(trx, id);
        if (!row) throw notFound(`kommun ${id}`);
        const before = toMunicipality(row);
        // A kommun's name is its kommunkod's name in SCB's list; the official name is free.
        const issue = body.name === undefined ? null : kommunIssue(row.code, body.name);
        if (issue) throw invalidInput([issue]);
        if (before.version !== body.version) throw conflict(CHANGED, before);
        const updated = await updateMunicipality(
          trx,
          id,
          body.version,
          {
            name: body.name === undefined ? row.name : (kommunByCode(row.code)?.name ?? body.name),
            officialName: body.officialName === undefined ? row.official_name : body.officialName,
          },
          now,
        );
        if (!updated) {
          const current = await findMunicipality(trx, id);
          throw conflict(CHANGED, current ? toMunicipality(current) : null);
        }
        const after = toMunicipality(updated);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'municipality.update',
          entity: 'municipality',
          entityId: id,
          evaluationId: null,
          before,
          after,
          at: now,
        });
        return after;
      });
    },
  };
}
