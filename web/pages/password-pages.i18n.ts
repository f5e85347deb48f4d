import { defineMessages } from '../lib/i18n';

/** "Glömt lösenordet?" and the page a one-time link leads to. */
export const t = defineMessages(
  {
    forgotTitle: 'Glömt lösenordet?',
    forgotIntro:
      'Skriv din e-postadress. Finns det ett konto för den skickar vi en länk där du väljer ett nytt lösenord.',
    email: 'E-post',
    send: 'Skicka länken',
    sent: 'Om adressen har ett konto är en länk på väg dit. Länken gäller i två timmar.',
    back: 'Tillbaka till inloggningen',
    setTitle: 'Välj lösenord',
    inviteIntro: (name: string, email: string) =>
      `Välkommen, ${name}! Välj ett lösenord för ${email}.`,
    resetIntro: (email: string) => `Välj ett nytt lösenord för ${email}.`,
    password: 'Nytt lösenord',
    passwordHint: 'Minst 10 tecken.',
    repeat: 'Upprepa lösenordet',
    mismatch: 'Lösenorden är inte lika.',
    tooShort: 'Lösenordet behöver minst 10 tecken.',
    save: 'Spara lösenordet och logga in',
    invalid: 'Länken har gått ut eller redan använts. Be om en ny.',
    missing: 'Länken saknar sin kod. Öppna hela länken från e-postmeddelandet.',
    orSso: (label: string) => `Eller logga in med ${label}`,
    checking: 'Kontrollerar länken…',
  },
  {
    forgotTitle: 'Forgot your password?',
    forgotIntro:
      'Enter your e-mail address. If it has an account we send a link where you choose a new password.',
    email: 'E-mail',
    send: 'Send the link',
    sent: 'If the address has an account, a link is on its way. The link works for two hours.',
    back: 'Back to the login',
    setTitle: 'Choose a password',
    inviteIntro: (name: string, email: string) =>
      `Welcome, ${name}! Choose a password for ${email}.`,
    resetIntro: (email: string) => `Choose a new password for ${email}.`,
    password: 'New password',
    passwordHint: 'At least 10 characters.',
    repeat: 'Repeat the password',
    mismatch: 'The passwords differ.',
    tooShort: 'The password needs at least 10 characters.',
    save: 'Save the password and log in',
    invalid: 'The link has expired or was already used. Ask for a new one.',
    missing: 'The link lacks its code. Open the whole link from the e-mail.',
    orSso: (label: string) => `Or log in with ${label}`,
    checking: 'Checking the link…',
  },
);
