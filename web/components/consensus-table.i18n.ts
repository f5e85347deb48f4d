import { defineMessages } from '../lib/i18n';

/** The consensus table's words. */
export const t = defineMessages(
  {
    caption: (area: string) => `Område ${area}: utvärderarnas poäng och konsensus`,
    question: 'Delfråga',
    spread: 'Spridning',
    consensus: 'Konsensus',
    consensusWord: 'Konsensuspoäng',
    consensusPercentWord: 'Konsensus i procent',
    max: (max: string) => `max ${max}`,
    notScored: 'inte poängsatt',
    spreadValue: (points: string, percent: string) => `${points} p (${percent} av max)`,
    median: (value: string) => `median ${value}`,
    flagged: 'Stor spridning',
    rationale: 'Motivering',
    shown: (points: string, percent: string) => `Visas som ${points} p, ${percent}`,
  },
  {
    caption: (area: string) => `Area ${area}: the evaluators' points and the consensus`,
    question: 'Question',
    spread: 'Spread',
    consensus: 'Consensus',
    consensusWord: 'Consensus points',
    consensusPercentWord: 'Consensus in percent',
    max: (max: string) => `max ${max}`,
    notScored: 'not scored',
    spreadValue: (points: string, percent: string) => `${points} p (${percent} of max)`,
    median: (value: string) => `median ${value}`,
    flagged: 'Large spread',
    rationale: 'Rationale',
    shown: (points: string, percent: string) => `Shown as ${points} p, ${percent}`,
  },
);
