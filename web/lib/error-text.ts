import { ApiError, isNetworkError } from './api';
import { duplicateText, type FieldLabels, fieldLabel, reasonText } from './field-labels';
import { defineMessages, locale } from './i18n';

const t = defineMessages(
  {
    invalid_input: (field: string, reason: string) =>
      `Ogiltigt värde${field ? ` i fältet ”${field}”` : ''}${reason ? `: ${reason}` : ''}.`,
    conflict: 'Någon annan har ändrat samma sak under tiden.',
    published: 'Utvärderingen är publicerad och skrivskyddad. En administratör kan återöppna den.',
    not_found: 'Det du söker finns inte, eller så har du inte tillgång till det.',
    forbidden: 'Din roll tillåter inte detta.',
    not_logged_in: 'Du är inte inloggad. Logga in igen.',
    too_large: 'Det du skickade är för stort.',
    too_many_attempts: (minutes: number) =>
      `För många misslyckade inloggningar. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}, eller be en administratör låsa upp kontot under Användare.`,
    login_failed: 'Fel e-post eller lösenord.',
    csrf: 'Begäran kom från en annan webbplats och avvisades.',
    incomplete: 'Alla delfrågor behöver konsensuspoäng innan utvärderingen kan publiceras.',
    not_ready: 'Bara en utvärdering i konsensus kan publiceras.',
    not_published: 'Bara en publicerad utvärdering kan återöppnas.',
    member_has_scores: 'En utvärderare med poäng kan inte tas bort: poängen skulle försvinna.',
    duplicate: 'Det finns redan en post med samma namn eller id.',
    not_comparable: 'Resultaten kan inte jämföras (olika versioner utan mappning).',
    chromium_missing:
      'PDF kan inte skapas: servern saknar Chromium. Hämta rapporten som Word eller HTML, eller be administratören installera Chromium.',
    network: 'Servern kan inte nås just nu.',
    other: 'Något gick fel på servern.',
  },
  {
    invalid_input: (field: string, reason: string) =>
      `Invalid value${field ? ` in the field “${field}”` : ''}${reason ? `: ${reason}` : ''}.`,
    conflict: 'Someone else changed the same thing meanwhile.',
    published: 'The evaluation is published and read-only. An admin can reopen it.',
    not_found: 'What you are looking for does not exist, or you have no access to it.',
    forbidden: 'Your role does not allow this.',
    not_logged_in: 'You are not logged in. Log in again.',
    too_large: 'What you sent is too large.',
    too_many_attempts: (minutes: number) =>
      `Too many failed logins. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}, or ask an admin to unlock the account under Users.`,
    login_failed: 'Wrong e-mail or password.',
    csrf: 'The request came from another site and was refused.',
    incomplete: 'Every question needs a consensus score before the evaluation can be published.',
    not_ready: 'Only an evaluation in consensus can be published.',
    not_published: 'Only a published evaluation can be reopened.',
    member_has_scores: 'An evaluator with scores cannot be removed: the scores would be lost.',
    duplicate: 'An entry with the same name or id already exists.',
    not_comparable: 'The results cannot be compared (different versions without a mapping).',
    chromium_missing:
      'PDF cannot be made: the server has no Chromium. Download the report as Word or HTML, or ask the administrator to install Chromium.',
    network: 'The server cannot be reached right now.',
    other: 'Something went wrong on the server.',
  },
);

type Code = Exclude<Parameters<typeof t>[0], 'invalid_input' | 'too_many_attempts'>;

/** One invalid field as the user reads it: the form's label and the server's reason. */
export function issueText(issue: { path: string; message: string }, labels?: FieldLabels): string {
  return t('invalid_input', fieldLabel(issue.path, labels) ?? '', reasonText(issue.message));
}

/**
 * An error as the user reads it, in the UI's language: chosen by the API's error `code` (the
 * server's own messages are English, for developers and logs). Invalid input names the field by
 * the form's label (`labels`, then the shared ones; never the JSON path) and keeps the server's
 * reason, in Swedish where it is a known one. In English the server's detail follows.
 */
export function errorText(error: unknown, labels?: FieldLabels): string {
  if (isNetworkError(error)) return t('network');
  if (!(error instanceof ApiError)) return t('other');
  if (error.code === 'invalid_input') {
    // Without issues the message itself reads "path: reason" (invalidInput's shape).
    const parsed = /^([\w.[\]]+): (.+)$/s.exec(error.message);
    const first =
      error.issues[0] ?? (parsed ? { path: parsed[1] ?? '', message: parsed[2] ?? '' } : null);
    return first ? issueText(first, labels) : t('invalid_input', '', reasonText(error.message));
  }
  if (error.code === 'duplicate') {
    // Name what exists: the e-mail of the user, the kommun of the code.
    const what = duplicateText(error.message);
    if (what) return `${what.charAt(0).toUpperCase()}${what.slice(1)}.`;
  }
  if (error.code === 'too_many_attempts') {
    // The server says how long the lock lasts ("try again in 12 minutes"); at most 15.
    return t('too_many_attempts', Number(/in (\d+) minute/.exec(error.message)?.[1] ?? 15));
  }
  const detail = locale() === 'en' && error.message ? ` (${error.message})` : '';
  // An unknown code has no message: fall back to the general one.
  const text = t(error.code as Code) as string | undefined;
  return `${text ?? t('other')}${detail}`;
}
