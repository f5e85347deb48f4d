import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Logga in',
    email: 'E-post',
    password: 'Lösenord',
    submit: 'Logga in',
    failed: 'Fel e-post eller lösenord.',
    locked: 'För många misslyckade försök. Vänta en stund och försök igen.',
  },
  {
    title: 'Log in',
    email: 'E-mail',
    password: 'Password',
    submit: 'Log in',
    failed: 'Wrong e-mail or password.',
    locked: 'Too many failed attempts. Wait a while and try again.',
  },
);
