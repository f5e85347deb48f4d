import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Konsensus',
    back: 'Till översikten',
    intro:
      'Utvärderarnas egna poäng står sida vid sida. Den gemensamma bedömningen sparas för sig; ingen utvärderares poäng skrivs över.',
    total: 'Konsensus totalt',
    totalValue: (points: string, max: string) => `${points} av ${max} poäng`,
    incomplete: (scored: number, all: number) =>
      `ofullständigt: ${scored} av ${all} delfrågor har konsensuspoäng`,
    invalid: (count: number) =>
      count === 1 ? '1 ogiltigt värde räknas inte' : `${count} ogiltiga värden räknas inte`,
    areaFigures: (points: string, max: string, percent: string) =>
      `Konsensus: ${points} av ${max} poäng (${percent})`,
    complete: 'Alla delfrågor har konsensuspoäng.',
    publishLink: 'Publicera från översikten',
    threshold: 'Flagga spridning över',
    thresholdOption: (percent: number) => `${percent} % av max`,
    refresh: 'Hämta utvärderarnas senaste poäng',
    refreshing: 'Hämtar…',
    readOnly:
      'Utvärderingen är publicerad och skrivskyddad. Konsensuspoängen visas men kan inte ändras här.',
    areaLevelOnly:
      'Den här bedömningsmallen har inga offentliga delfrågor. Den används bara för jämförelser på områdesnivå.',
    flaggedCount: (count: number) =>
      count === 1 ? '1 delfråga med stor spridning' : `${count} delfrågor med stor spridning`,
  },
  {
    title: 'Consensus',
    back: 'Back to the overview',
    intro:
      "The evaluators' own scores side by side. The agreed score is saved separately; no evaluator's score is overwritten.",
    total: 'Consensus total',
    totalValue: (points: string, max: string) => `${points} of ${max} points`,
    incomplete: (scored: number, all: number) =>
      `incomplete: ${scored} of ${all} questions have a consensus score`,
    invalid: (count: number) =>
      count === 1 ? '1 invalid value is not counted' : `${count} invalid values are not counted`,
    areaFigures: (points: string, max: string, percent: string) =>
      `Consensus: ${points} of ${max} points (${percent})`,
    complete: 'Every question has a consensus score.',
    publishLink: 'Publish from the overview',
    threshold: 'Flag spreads above',
    thresholdOption: (percent: number) => `${percent} % of max`,
    refresh: "Load the evaluators' latest scores",
    refreshing: 'Loading…',
    readOnly:
      'The evaluation is published and read-only. Consensus scores are shown but cannot be changed.',
    areaLevelOnly:
      'This rubric has no public questions. It is used for area-level comparisons only.',
    flaggedCount: (count: number) =>
      count === 1 ? '1 question with a large spread' : `${count} questions with a large spread`,
  },
);
