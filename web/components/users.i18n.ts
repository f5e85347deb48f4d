import { defineMessages } from '../lib/i18n';

/** The user forms and the once-shown password. */
export const t = defineMessages(
  {
    email: 'E-post',
    name: 'Namn',
    role: 'Roll',
    role_admin: 'Administratör',
    role_evaluator: 'Utvärderare',
    role_reader: 'Läsare (kommun)',
    municipalityCode: 'Kommunkod',
    municipality: 'Läsarens kommun',
    municipalityHint:
      'Skriv kommunens namn eller kod och välj ur SCB:s lista. Läsaren ser kommunens publicerade utvärderingar.',
    municipalityMissing: 'Välj en kommun ur listan.',
    organisation: 'Organisation (står i rapporter)',
    create: 'Skapa användare',
    createTitle: 'Ny användare',
    createHint:
      'Med en inbjudan väljer personen själv sitt lösenord via en engångslänk; annars skapas ett lösenord som visas en gång.',
    save: 'Spara',
    cancel: 'Avbryt',
    editTitle: (name: string) => `Ändra ${name}`,
    passwordTitle: (email: string) => `Lösenord för ${email}`,
    passwordWarning:
      'Lösenordet visas bara nu. Kopiera det och lämna det till användaren på ett säkert sätt; det går inte att visa igen (men det går att skapa ett nytt).',
    copy: 'Kopiera lösenordet',
    copied: 'Kopierat.',
    copyFailed: 'Kunde inte kopiera: markera lösenordet och kopiera det själv.',
    passwordDone: 'Jag har sparat lösenordet',
    invite:
      'Skicka en inbjudan: personen väljer sitt lösenord via en länk (annars skapas ett lösenord)',
    inviteSent: (email: string, until: string) =>
      `En inbjudan är skickad till ${email}. Länken gäller till ${until}.`,
    linkTitle: (email: string) => `Inbjudningslänk för ${email}`,
    linkWarning: (until: string) =>
      `E-post är inte inställd på servern: lämna länken till personen på ett säkert sätt. Den fungerar en gång, till ${until}.`,
    copyLink: 'Kopiera länken',
    linkDone: 'Jag har lämnat länken vidare',
  },
  {
    email: 'Email',
    name: 'Name',
    role: 'Role',
    role_admin: 'Administrator',
    role_evaluator: 'Evaluator',
    role_reader: 'Reader (municipality)',
    municipalityCode: 'Municipality code',
    municipality: "The reader's municipality",
    municipalityHint:
      "Type the municipality's name or code and pick from SCB's list. The reader sees its published evaluations.",
    municipalityMissing: 'Pick a municipality from the list.',
    organisation: 'Organisation (printed in reports)',
    create: 'Create user',
    createTitle: 'New user',
    createHint:
      'With an invitation they choose their own password through a one-time link; otherwise a password is generated and shown once.',
    save: 'Save',
    cancel: 'Cancel',
    editTitle: (name: string) => `Change ${name}`,
    passwordTitle: (email: string) => `Password for ${email}`,
    passwordWarning:
      'The password is shown only now. Copy it and give it to the user in a safe way; it cannot be shown again (but a new one can be generated).',
    copy: 'Copy the password',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the password and copy it yourself.',
    passwordDone: 'I have saved the password',
    invite:
      'Send an invitation: they choose their password through a link (otherwise one is generated)',
    inviteSent: (email: string, until: string) =>
      `An invitation was sent to ${email}. The link works until ${until}.`,
    linkTitle: (email: string) => `Invitation link for ${email}`,
    linkWarning: (until: string) =>
      `E-mail is not set up on the server: give the link to the person in a safe way. It works once, until ${until}.`,
    copyLink: 'Copy the link',
    linkDone: 'I have passed the link on',
  },
);
