import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Bjud in till teamet',
    intro:
      'Ange e-postadressen. Har personen ett konto som utvärderare läggs hen till i teamet; annars skapas ett konto och en inbjudan skickas.',
    email: 'E-post',
    name: 'Namn i teamet',
    send: 'Bjud in',
    added: (name: string) => `${name} är tillagd i teamet.`,
    invited: (name: string, email: string) =>
      `${name} är tillagd i teamet och en inbjudan är skickad till ${email}.`,
  },
  {
    title: 'Invite to the team',
    intro:
      'Enter the e-mail address. If they have an evaluator account they join the team; otherwise an account is created and an invitation sent.',
    email: 'E-mail',
    name: 'Name on the team',
    send: 'Invite',
    added: (name: string) => `${name} joined the team.`,
    invited: (name: string, email: string) =>
      `${name} joined the team and an invitation was sent to ${email}.`,
  },
);
