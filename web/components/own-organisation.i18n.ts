import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Organisation',
    intro:
      'Står efter ditt namn på omslaget till de rapporter du utvärderar, till exempel ”SKR” eller ”Katrineholms kommun”.',
    label: 'Organisation',
    save: 'Spara organisation',
    saved: 'Organisationen är sparad.',
    conflict: 'Din profil ändrades någon annanstans. Den nya versionen visas; spara igen.',
  },
  {
    title: 'Organisation',
    intro:
      'Printed after your name on the cover of the reports you evaluate, for example “SKR” or “Katrineholms kommun”.',
    label: 'Organisation',
    save: 'Save organisation',
    saved: 'The organisation is saved.',
    conflict: 'Your profile was changed elsewhere. The new version is shown; save again.',
  },
);
