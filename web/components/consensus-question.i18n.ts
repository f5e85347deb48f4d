import { defineMessages } from '../lib/i18n';

/** One delfråga at the consensus meeting. */
export const t = defineMessages(
  {
    max: (max: string) => `max ${max}`,
    evaluators: (id: string) => `Utvärderarnas bedömningar av ${id}`,
    points: (points: string) => `${points} p`,
    notScored: 'inte poängsatt',
    hidden: 'visas när du har gett delfrågan poäng (blind poängsättning)',
    noRationale: 'Ingen motivering.',
    spread: 'Spridning',
    spreadValue: (points: string, percent: string) => `${points} p (${percent} av max)`,
    median: (value: string) => `median ${value}`,
    flagged: 'Stor spridning',
    consensus: 'Konsensus',
    consensusWord: 'Konsensuspoäng',
    consensusPercentWord: 'Konsensus i procent',
    useMedian: (value: string) => `Använd medianen (${value} p)`,
    useMedianLabel: (id: string, value: string) =>
      `Använd medianen ${value} poäng som konsensus för ${id}`,
    medianRule: (median: string, value: string) =>
      median === value
        ? `Medianen av utvärderarnas poäng är ${median}.`
        : `Medianen av utvärderarnas poäng är ${median}, avrundad till närmaste halva poäng (halvor uppåt): ${value}.`,
    shown: (points: string, percent: string) => `Visas som ${points} p, ${percent}`,
    rationale: 'Motivering',
  },
  {
    max: (max: string) => `max ${max}`,
    evaluators: (id: string) => `The evaluators' assessments of ${id}`,
    points: (points: string) => `${points} p`,
    notScored: 'not scored',
    hidden: 'shown once you have scored the question (blind scoring)',
    noRationale: 'No rationale.',
    spread: 'Spread',
    spreadValue: (points: string, percent: string) => `${points} p (${percent} of max)`,
    median: (value: string) => `median ${value}`,
    flagged: 'Large spread',
    consensus: 'Consensus',
    consensusWord: 'Consensus points',
    consensusPercentWord: 'Consensus in percent',
    useMedian: (value: string) => `Use the median (${value} p)`,
    useMedianLabel: (id: string, value: string) =>
      `Use the median ${value} points as the consensus for ${id}`,
    medianRule: (median: string, value: string) =>
      median === value
        ? `The median of the evaluators' scores is ${median}.`
        : `The median of the evaluators' scores is ${median}, rounded to the nearest half point (halves up): ${value}.`,
    shown: (points: string, percent: string) => `Shown as ${points} p, ${percent}`,
    rationale: 'Rationale',
  },
);
