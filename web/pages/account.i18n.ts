import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Mitt konto',
    who: (name: string, email: string) => `${name}, ${email}`,
    passwordTitle: 'Byt lösenord',
    passwordIntro: (min: number) =>
      `Ett lösenord har minst ${min} tecken. När du byter loggas du ut överallt utom här.`,
    current: 'Nuvarande lösenord',
    next: 'Nytt lösenord',
    repeat: 'Upprepa det nya lösenordet',
    submit: 'Byt lösenord',
    changed: 'Lösenordet är bytt. Dina andra inloggningar är avslutade.',
    wrongCurrent: 'Det nuvarande lösenordet stämmer inte.',
    tooShort: (min: number) => `Det nya lösenordet behöver minst ${min} tecken.`,
    mismatch: 'De två nya lösenorden är inte lika.',
    sameAsOld: 'Det nya lösenordet är detsamma som det nuvarande.',
  },
  {
    title: 'My account',
    who: (name: string, email: string) => `${name}, ${email}`,
    passwordTitle: 'Change password',
    passwordIntro: (min: number) =>
      `A password has at least ${min} characters. Changing it logs you out everywhere but here.`,
    current: 'Current password',
    next: 'New password',
    repeat: 'Repeat the new password',
    submit: 'Change password',
    changed: 'The password is changed. Your other sessions have ended.',
    wrongCurrent: 'The current password is wrong.',
    tooShort: (min: number) => `The new password needs at least ${min} characters.`,
    mismatch: 'The two new passwords differ.',
    sameAsOld: 'The new password is the same as the current one.',
  },
);
