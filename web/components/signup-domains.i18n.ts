import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Självregistrering med organisationens konto',
    intro:
      'Personer med en bekräftad e-postadress i en domän nedan får ett konto med rollen här första gången de loggar in med organisationens konto.',
    domain: 'Domän',
    domainHint: 'Till exempel essunga.se',
    role: 'Roll',
    municipalityCode: 'Kommunkod',
    actions: 'Åtgärder',
    add: 'Tillåt domänen',
    remove: 'Ta bort',
    removeLabel: (domain: string) => `Ta bort regeln för ${domain}`,
    removeConfirm: (domain: string) =>
      `Sluta tillåta självregistrering för ${domain}? Konton som redan skapats finns kvar.`,
    none: 'Ingen domän är tillåten: bara befintliga och inbjudna konton kan logga in.',
    added: (domain: string) => `${domain} är tillåten.`,
    removed: (domain: string) => `${domain} är borttagen.`,
  },
  {
    title: "Self-registration with the organisation's account",
    intro:
      "People with a verified e-mail address in a domain below get an account with the role here the first time they log in with the organisation's account.",
    domain: 'Domain',
    domainHint: 'For example essunga.se',
    role: 'Role',
    municipalityCode: 'Municipality code',
    actions: 'Actions',
    add: 'Allow the domain',
    remove: 'Remove',
    removeLabel: (domain: string) => `Remove the rule for ${domain}`,
    removeConfirm: (domain: string) =>
      `Stop allowing self-registration for ${domain}? Accounts already created stay.`,
    none: 'No domain is allowed: only existing and invited accounts can log in.',
    added: (domain: string) => `${domain} is allowed.`,
    removed: (domain: string) => `${domain} was removed.`,
  },
);
