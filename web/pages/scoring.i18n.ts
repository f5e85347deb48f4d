import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Poängsättning',
    back: 'Till översikten',
    areas: 'Områden',
    figuresCaption: (member: string) => `Poäng just nu för ${member} (avrundat som i rapporten)`,
    scoringAs: 'Poängsätt som utvärderare',
    pickMember: 'Välj utvärderare…',
    pickMemberFirst: 'Välj vilken utvärderares poäng du vill se och ändra.',
    notOnTeam: 'Du är inte med i utvärderarteamet och kan inte poängsätta den här utvärderingen.',
    noTeam: 'Utvärderingen har ingen utvärderare ännu.',
    readOnly:
      'Utvärderingen är publicerad och skrivskyddad. Poängen visas men kan inte ändras här.',
    areaLevelOnly:
      'Den här bedömningsmallen har inga offentliga delfrågor. Den används bara för jämförelser på områdesnivå.',
    previousArea: 'Föregående område',
    nextArea: 'Nästa område',
    pager: 'Bläddra mellan områden',
    evidenceError: 'Underlaget kunde inte hämtas:',
  },
  {
    title: 'Scoring',
    back: 'Back to the overview',
    areas: 'Areas',
    figuresCaption: (member: string) => `Points so far for ${member} (rounded as in the report)`,
    scoringAs: 'Score as evaluator',
    pickMember: 'Choose an evaluator…',
    pickMemberFirst: "Choose which evaluator's scores to see and change.",
    notOnTeam: 'You are not on the evaluator team and cannot score this evaluation.',
    noTeam: 'The evaluation has no evaluators yet.',
    readOnly: 'The evaluation is published and read-only. Scores are shown but cannot be changed.',
    areaLevelOnly:
      'This rubric has no public questions. It is used for area-level comparisons only.',
    previousArea: 'Previous area',
    nextArea: 'Next area',
    pager: 'Browse the areas',
    evidenceError: 'The evidence could not be loaded:',
  },
);
