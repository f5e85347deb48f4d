import type { Mail } from '../../mail/mailer';

/** The e-mails with a one-time link, in Swedish (the app's language). */
export function invitationMail(options: {
  to: string;
  name: string;
  inviter: string;
  link: string;
  days: number;
  ssoLabel: string | null;
  loginUrl: string;
}): Mail {
  const sso = options.ssoLabel
    ? `\nDu kan också logga in med ${options.ssoLabel} på ${options.loginUrl} (med samma e-postadress).\n`
    : '';
  return {
    to: options.to,
    subject: 'Inbjudan till Kommunkompassen',
    text: `Hej ${options.name}!

${options.inviter} har bjudit in dig till Kommunkompassen. Välj ditt lösenord här:

${options.link}

Länken gäller i ${options.days} dagar och kan bara användas en gång.
${sso}
Hälsningar
Kommunkompassen
`,
  };
}

export function resetMail(options: { to: string; link: string; hours: number }): Mail {
  return {
    to: options.to,
    subject: 'Nytt lösenord till Kommunkompassen',
    text: `Hej!

Någon (förhoppningsvis du) har bett om ett nytt lösenord till Kommunkompassen för ${options.to}.
Välj ett nytt lösenord här:

${options.link}

Länken gäller i ${options.hours} timmar och kan bara användas en gång. Har du inte bett om
ett nytt lösenord kan du bortse från det här meddelandet; ditt lösenord är oförändrat.

Hälsningar
Kommunkompassen
`,
  };
}
