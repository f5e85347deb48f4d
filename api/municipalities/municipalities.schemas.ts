import { z } from 'zod';
import { Id, Version } from '../evaluation-core/ids.schemas';
import { Municipality as MunicipalityInput } from '../formats/evaluation-file';
import { requiredName } from '../formats/required-name';

export const Municipality = z
  .object({
    id: z.string(),
    /** SCB kommunkod, unique. */
    code: z.string(),
    name: z.string(),
    /** The name on a report's cover, e.g. "Enköpings kommun". */
    officialName: z.string().nullable(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Municipality' });
export type Municipality = z.infer<typeof Municipality>;

export const MunicipalityList = z.object({ municipalities: z.array(Municipality) });

export const CreateMunicipalityBody = MunicipalityInput.meta({ id: 'CreateMunicipality' });
export type CreateMunicipalityBody = z.infer<typeof CreateMunicipalityBody>;

/** Name and official name (null clears it); absent fields stay. The kommunkod never changes. */
export const UpdateMunicipalityBody = z
  .strictObject({
    version: Version,
    name: requiredName().optional(),
    officialName: requiredName().nullable().optional(),
  })
  .meta({ id: 'UpdateMunicipality' });
export type UpdateMunicipalityBody = z.infer<typeof UpdateMunicipalityBody>;

export const MunicipalityIdParam = z.object({ id: Id });
