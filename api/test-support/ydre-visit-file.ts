/**
 * An evaluation file of Ydre in its visit: two evaluators' scores, a consensus score, area texts,
 * an interview and facts, for tests that import, export, back up and restore one.
 */
export const ydreVisit = {
  format: 'kommunkompassen-evaluation/1',
  rubric: 'kk-2010',
  municipality: { name: 'Ydre', code: '0512' },
  date: '2025-03-12',
  status: 'visit',
  visit: { start: '2025-03-10', end: '2025-03-12' },
  evaluators: ['Anna', 'Bo'],
  scores: { '1.1': { points: 9, rationale: 'Plan finns' }, '2.3': { percent: 67.5 } },
  evaluatorScores: {
    Anna: { '1.1': { points: 8.5, rationale: 'delvis' } },
    Bo: { '1.1': { percent: 70 } },
  },
  areas: { '3': { summary: 'Kort', strengths: ['A', 'B'], improvements: ['C'] } },
  evidence: [
    {
      kind: 'interview',
      date: '2025-03-10',
      intervieweeGroup: 'politicianOpposition',
      function: 'gruppledare',
      notes: 'Sade att ...',
      questions: ['1.1', '3.2'],
    },
  ],
  facts: { Invånare: '12 345' },
};
