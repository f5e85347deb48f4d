import { defineMessages } from '../lib/i18n';

/** The publish checklist's words. */
export const t = defineMessages(
  {
    heading: 'Inför publicering',
    loading: 'Kontrollerar vad som saknas…',
    complete:
      'Inget saknas: alla delfrågor har konsensuspoäng, alla områden har texter, alla utvärderare har poängsatt och varje stor spridning har en motivering.',
    unscored: (count: number) =>
      count === 1
        ? '1 delfråga saknar konsensuspoäng. Den måste sättas innan utvärderingen kan publiceras:'
        : `${count} delfrågor saknar konsensuspoäng. De måste sättas innan utvärderingen kan publiceras:`,
    toConsensus: 'Till konsensus',
    areasWithoutTexts: 'Områden utan texter:',
    missing_strengths: 'Styrkor',
    missing_improvements: 'Förbättringsmöjligheter',
    area: (id: string, missing: string) => `Område ${id}: ${missing} saknas`,
    toTexts: 'Till områdestexterna',
    evaluatorsNotScored: 'Utvärderare som inte har poängsatt alla delfrågor:',
    evaluator: (count: number) =>
      `: ${count === 1 ? '1 delfråga' : `${count} delfrågor`} utan egen poäng`,
    spreads: (threshold: number) =>
      `Stor spridning utan motivering i konsensus (högsta minus lägsta poäng är mer än ${threshold} % av delfrågans max):`,
    spread: (id: string, percent: string) => `Delfråga ${id}: spridning ${percent} av max`,
    reason: 'Skäl att publicera trots det som saknas',
    reasonHint: 'Skälet sparas i ändringsloggen tillsammans med listan ovan.',
    reasonNeeded: 'Skriv varför utvärderingen publiceras trots det som saknas.',
    publish: 'Publicera',
    publishWithGaps: 'Publicera ändå',
    blocked: 'Publicering är inte möjlig förrän alla delfrågor har konsensuspoäng.',
  },
  {
    heading: 'Before publishing',
    loading: 'Checking what is missing…',
    complete:
      'Nothing is missing: every question has a consensus score, every area has texts, every evaluator has scored and every large spread has a rationale.',
    unscored: (count: number) =>
      count === 1
        ? '1 question has no consensus score. It must be set before the evaluation can be published:'
        : `${count} questions have no consensus score. They must be set before the evaluation can be published:`,
    toConsensus: 'To the consensus',
    areasWithoutTexts: 'Areas without texts:',
    missing_strengths: 'Strengths',
    missing_improvements: 'Areas for improvement',
    area: (id: string, missing: string) => `Area ${id}: ${missing} missing`,
    toTexts: 'To the area texts',
    evaluatorsNotScored: 'Evaluators who have not scored every question:',
    evaluator: (count: number) =>
      `: ${count === 1 ? '1 question' : `${count} questions`} without their own score`,
    spreads: (threshold: number) =>
      `Large spreads without a consensus rationale (highest minus lowest score is more than ${threshold} % of the question's max):`,
    spread: (id: string, percent: string) => `Question ${id}: spread ${percent} of max`,
    reason: 'Reason to publish despite what is missing',
    reasonHint: 'The reason is kept in the audit log together with the list above.',
    reasonNeeded: 'Say why the evaluation is published despite what is missing.',
    publish: 'Publish',
    publishWithGaps: 'Publish anyway',
    blocked: 'Publishing is not possible until every question has a consensus score.',
  },
);
