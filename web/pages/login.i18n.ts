import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Logga in',
    email: 'E-post',
    password: 'Lösenord',
    submit: 'Logga in',
    failed: 'Fel e-post eller lösenord.',
    sso: (label: string) => `Logga in med ${label}`,
    forgot: 'Glömt lösenordet?',
    oidc_state:
      'Inloggningen gick inte att slutföra (den var för gammal eller startades i en annan flik). Försök igen.',
    oidc_failed: 'Inloggningen godkändes inte: svaret från inloggningstjänsten var inte giltigt.',
    oidc_provider: 'Inloggningstjänsten avbröt inloggningen.',
    oidc_unavailable: 'Inloggningstjänsten svarar inte just nu. Försök igen om en stund.',
    oidc_unverified:
      'Inloggningstjänsten har inte bekräftat din e-postadress, så den kan inte kopplas till ett konto här.',
    oidc_no_account:
      'Det finns inget konto här för din e-postadress. Be en administratör att bjuda in dig.',
    oidc_disabled: 'Kontot är inaktiverat. Kontakta en administratör.',
    oidc_linked_elsewhere:
      'Kontot med din e-postadress är redan kopplat till en annan inloggning. Kontakta en administratör.',
  },
  {
    title: 'Log in',
    email: 'E-mail',
    password: 'Password',
    submit: 'Log in',
    failed: 'Wrong e-mail or password.',
    sso: (label: string) => `Log in with ${label}`,
    forgot: 'Forgot your password?',
    oidc_state:
      'The sign-in could not be completed (it was too old or started in another tab). Try again.',
    oidc_failed: 'The sign-in was refused: the answer from the sign-in service was not valid.',
    oidc_provider: 'The sign-in service cancelled the sign-in.',
    oidc_unavailable: 'The sign-in service does not answer right now. Try again in a while.',
    oidc_unverified:
      'The sign-in service has not verified your e-mail address, so it cannot be linked to an account here.',
    oidc_no_account:
      'There is no account here for your e-mail address. Ask an administrator to invite you.',
    oidc_disabled: 'The account is disabled. Contact an administrator.',
    oidc_linked_elsewhere:
      'The account with your e-mail address is already linked to another sign-in. Contact an administrator.',
  },
);

const SSO_ERRORS = [
  'oidc_state',
  'oidc_failed',
  'oidc_provider',
  'oidc_unavailable',
  'oidc_unverified',
  'oidc_no_account',
  'oidc_disabled',
  'oidc_linked_elsewhere',
] as const;

/** The message for `/login?error=<code>` after a refused SSO sign-in, or null. */
export function ssoErrorText(code: string | undefined): string | null {
  const known = SSO_ERRORS.find((c) => c === code);
  return known ? t(known) : null;
}
