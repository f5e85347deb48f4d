import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../rubrics/project-root';
import { ValidationError } from '../../rubrics/validation';
import { GoalDefinition, goalStatuses, parseGoalsFile } from './goals-file';

const PATH = 'fixtures/goals/enkoping-ks.json';
const text = readFileSync(join(projectRoot(), PATH), 'utf8');

function parseError(content: string): ValidationError {
  try {
    parseGoalsFile(content, 'bad.json');
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('parsed without error');
}

describe('the Enköping kommunstyrelse goals (seed 000)', () => {
  const file = parseGoalsFile(text, PATH);

  it('encodes all eight effektmål, each with a note on how its words were read', () => {
    expect(file.goals.map((goal) => goal.id)).toEqual([
      'stolthet',
      'attraktiv-arbetsgivare',
      'informationskanaler',
      'prognossakerhet',
      'kotid-kontaktcenter',
      'nmi-bemotande',
      'nki-foretag',
      'infartsskyltar',
    ]);
    for (const goal of file.goals) expect(goal.note?.length ?? 0).toBeGreaterThan(40);
  });

  it('gives each Nuläge the status the seed implies', () => {
    expect(Object.fromEntries(goalStatuses(file).map((goal) => [goal.id, goal.status]))).toEqual({
      stolthet: 'near', // 71 % in "71-74 %"
      'attraktiv-arbetsgivare': 'near', // 65 % in "65-69 %"
      informationskanaler: 'notMet', // 67 % under "76 % eller mindre"
      prognossakerhet: 'notMet', // stated "Målet ej uppnått"
      'kotid-kontaktcenter': 'near', // 2.74 minutes in "2-3 minuter"
      'nmi-bemotande': 'near', // 54 is "Nära målet: 54"
      'nki-foretag': 'near', // 63 in "63-69 poäng"
      infartsskyltar: 'notMet', // stated "Målet ej nått"
    });
  });

  it('keeps the Nuläge as written, with its date', () => {
    const byId = new Map(goalStatuses(file).map((goal) => [goal.id, goal]));
    expect(byId.get('kotid-kontaktcenter')?.nulage).toEqual({
      date: '2018-12',
      value: 2.74,
      text: '2,74 minuter',
    });
    expect(byId.get('prognossakerhet')?.nulage).toEqual({
      date: '2018-12',
      stated: 'notMet',
      text: 'Målet ej uppnått',
    });
  });

  it('decides the boundary values by the bands’ inclusivity', () => {
    const withMeasurement = (id: string, measurement: object) => {
      const copy = JSON.parse(text);
      copy.goals = copy.goals.filter((goal: { id: string }) => goal.id === id);
      copy.goals[0].measurements = [{ date: '2019-12', ...measurement }];
      return goalStatuses(parseGoalsFile(JSON.stringify(copy), 'copy.json'))[0]?.status;
    };
    expect(withMeasurement('kotid-kontaktcenter', { value: 2 })).toBe('met');
    expect(withMeasurement('kotid-kontaktcenter', { value: 3 })).toBe('notMet');
    expect(withMeasurement('stolthet', { value: 70 })).toBe('notMet');
    expect(withMeasurement('stolthet', { value: 74.5 })).toBe('near');
    expect(withMeasurement('attraktiv-arbetsgivare', { value: 70 })).toBe('met');
    expect(withMeasurement('nmi-bemotande', { value: 54 })).toBe('near');
    expect(withMeasurement('nmi-bemotande', { value: 55 })).toBe('met');
    expect(withMeasurement('prognossakerhet', { value: 10 })).toBe('near');
    expect(withMeasurement('infartsskyltar', { done: true, date: '2020-03-20' })).toBe('met');
  });
});

describe('goals file errors name the path and the line', () => {
  it('a bound without its inclusivity', () => {
    const copy = JSON.parse(text);
    delete copy.goals[4].bands.met.maxInclusive;
    const error = parseError(JSON.stringify(copy, null, 2));
    expect(error.message).toMatch(
      /^bad\.json: goals\[4\]\.bands\.met\.maxInclusive \(line \d+\): say whether max 2 is inclusive/,
    );
  });

  it('bands read literally leave gaps', () => {
    const copy = JSON.parse(text);
    copy.goals[0].bands.near.max = 74;
    copy.goals[0].bands.near.maxInclusive = true;
    const error = parseError(JSON.stringify(copy, null, 2));
    expect(error.issues).toEqual([
      {
        path: 'goals[0].bands.met',
        line: expect.any(Number),
        message: 'leaves a gap after the near band (74 to 75): a value there would have no status',
      },
    ]);
  });

  it('a measurement in no band, a number for a yes/no goal, two kinds at once', () => {
    const copy = JSON.parse(text);
    copy.goals[4].measurements = [{ date: '2019-12', value: -1 }];
    copy.goals[7].measurements = [{ date: '2020-02', value: 1 }];
    copy.goals[1].nulage = { date: '2017-12', value: 65, stated: 'near' };
    const error = parseError(JSON.stringify(copy, null, 2));
    expect(error.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'goals[1].nulage: give exactly one of value, done or stated (got value and stated)',
      "goals[4].measurements[0].value: the value -1 lies in none of the goal's bands",
      'goals[7].measurements[0].value: a yes/no goal takes done: true or false, not a number',
    ]);
  });

  it('a yes/no goal without a deadline, a duplicate id, not JSON', () => {
    const copy = JSON.parse(text);
    delete copy.goals[7].deadline;
    copy.goals[1].id = 'stolthet';
    const error = parseError(JSON.stringify(copy, null, 2));
    expect(error.issues.map((issue) => issue.path)).toEqual(['goals[7].deadline', 'goals[1].id']);
    expect(parseError('{ "format": ').message).toMatch(
      /^bad\.json: \(root\) \(line 1\): not valid JSON/,
    );
  });
});

describe('GoalDefinition (the API body)', () => {
  it('refuses bands in the wrong order for the direction', () => {
    const result = GoalDefinition.safeParse({
      title: 'Kötid',
      direction: 'higherBetter',
      bands: {
        met: { min: 0, minInclusive: true, max: 2, maxInclusive: true },
        notMet: { min: 2, minInclusive: false },
      },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'for higherBetter the bands run notMet < met from low to high values, not met < notMet',
    );
  });
});
