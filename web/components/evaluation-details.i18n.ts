import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Ändra uppgifter',
    date: 'Månad för utvärderingen (ÅÅÅÅ-MM)',
    visitStart: 'Platsbesöket börjar',
    visitEnd: 'Platsbesöket slutar',
    visitBackwards: 'Platsbesöket kan inte sluta innan det börjar.',
    facts: 'Kortfakta om kommunen',
    factsHint: 'Visas i rapportens avsnitt Kortfakta, t.ex. invånare och politisk majoritet.',
    factLabel: (n: number) => `Uppgift ${n}`,
    factValue: (n: number) => `Värde ${n}`,
    addFact: 'Lägg till uppgift',
    removeFact: (label: string) => `Ta bort uppgiften ${label || '(tom)'}`,
    teamAdminOnly:
      'Bara en administratör ändrar vilka som är med i teamet och vilka konton de har. Du kan bjuda in en kollega nedan.',
    save: 'Spara uppgifterna',
    saved: 'Uppgifterna är sparade.',
    conflict:
      'Någon annan ändrade uppgifterna under tiden. Sidan visar nu den sparade versionen; gör om din ändring.',
  },
  {
    title: 'Edit details',
    date: 'Month of the evaluation (YYYY-MM)',
    visitStart: 'Site visit starts',
    visitEnd: 'Site visit ends',
    visitBackwards: 'The visit cannot end before it starts.',
    facts: 'Facts about the municipality',
    factsHint: "Shown in the report's Facts section, e.g. population and political majority.",
    factLabel: (n: number) => `Fact ${n}`,
    factValue: (n: number) => `Value ${n}`,
    addFact: 'Add a fact',
    removeFact: (label: string) => `Remove the fact ${label || '(empty)'}`,
    teamAdminOnly:
      'Only an admin changes who is on the team and which accounts they have. You can invite a colleague below.',
    save: 'Save the details',
    saved: 'The details are saved.',
    conflict:
      'Someone else changed the details meanwhile. The page now shows the saved version; make your change again.',
  },
);
