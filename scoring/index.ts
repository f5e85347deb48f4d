// The scoring engine: pure functions shared by the API, the web app and the reports.

export * from './check-question-score';
export * from './comparable-result';
export * from './compare';
export * from './distribution';
export * from './evaluator-spread';
export * from './finding-candidates';
export * from './goal-status';
export * from './question-score';
export * from './round';
export * from './score-evaluation';
export * from './self-assessment';
export * from './trend';
export * from './version-mapping';
