import { z } from 'zod';
import { Invitation } from '../auth/links/links.schemas';
import { Id } from '../evaluation-core/ids.schemas';

/** A kontaktperson: a reader of the evaluated kommun invited to the evaluation. */
export const Contact = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof Contact>;

export const ContactList = z.object({ contacts: z.array(Contact) });

/**
 * Invite an existing reader of the kommun by `userId`, or create one on the spot with `email` and
 * `name`: an invitation link (by e-mail when SMTP is set) or, with `invite: false`, a password
 * shown once.
 */
export const ContactBody = z
  .union([
    z.strictObject({ userId: Id }),
    z.strictObject({
      email: z.string().trim().toLowerCase().email('not an e-mail address').max(320),
      name: z.string().trim().min(1).max(200),
      invite: z.boolean().optional(),
    }),
  ])
  .meta({ id: 'ContactInvitation' });
export type ContactBody = z.infer<typeof ContactBody>;

export const ContactCreated = z.object({
  contact: Contact,
  /** Set when a new account was made and invited by a link. */
  invitation: Invitation.optional(),
  /** Set when a new account was made with a generated password (shown once). */
  password: z.string().optional(),
});

export const ContactParams = z.object({ id: Id, contactId: Id });

/** An evaluation the logged-in user is a contact of. */
export const ContactEvaluation = z
  .object({
    id: z.string(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    date: z.string(),
    status: z.enum(['draft', 'visit', 'consensus', 'published']),
    visitStart: z.string().nullable(),
    visitEnd: z.string().nullable(),
  })
  .meta({ id: 'ContactEvaluation' });
export const ContactEvaluationList = z.object({ evaluations: z.array(ContactEvaluation) });
