import { describe, expect, it } from 'vitest';
import {
  checkGoalRule,
  checkObservation,
  formatInterval,
  GoalRuleError,
  goalStatus,
  type Interval,
  intervalContains,
  type NumericRule,
  observationDay,
  observationStatus,
  type YesNoRule,
} from './goal-status';

const interval = (
  min: number | null,
  minInclusive: boolean,
  max: number | null,
  maxInclusive: boolean,
): Interval => ({ min, minInclusive, max, maxInclusive });

// Seed 000's goals as rules (the fixture encodes the same; see fixtures/goals/enkoping-ks.json).
const stolthet: NumericRule = {
  direction: 'higherBetter',
  bands: {
    met: interval(75, true, null, false),
    near: interval(71, true, 75, false),
    notMet: interval(null, false, 71, false),
  },
};
const attraktiv: NumericRule = {
  direction: 'higherBetter',
  bands: {
    met: interval(70, true, null, false),
    near: interval(65, true, 70, false),
    notMet: interval(null, false, 65, false),
  },
};
const kotid: NumericRule = {
  direction: 'lowerBetter',
  bands: {
    met: interval(0, true, 2, true),
    near: interval(2, false, 3, false),
    notMet: interval(3, true, null, false),
  },
};
const prognos: NumericRule = {
  direction: 'lowerBetter',
  bands: {
    met: interval(0, true, 10, false),
    near: interval(10, true, 20, true),
    notMet: interval(20, false, null, false),
  },
};
const nmi: NumericRule = {
  direction: 'higherBetter',
  bands: {
    met: interval(55, true, null, false),
    near: interval(54, true, 55, false),
    notMet: interval(null, false, 54, false),
  },
};
const skyltar: YesNoRule = { direction: 'yesNo', deadline: '2020-04-01', nearFrom: '2020-01-01' };

const value = (v: number, date = '2019-12') => ({ date, value: v });

describe('intervalContains', () => {
  it('honours each bound’s inclusivity, and null as unbounded', () => {
    expect(intervalContains(interval(2, true, 3, false), 2)).toBe(true);
    expect(intervalContains(interval(2, false, 3, false), 2)).toBe(false);
    expect(intervalContains(interval(2, false, 3, false), 3)).toBe(false);
    expect(intervalContains(interval(2, false, 3, true), 3)).toBe(true);
    expect(intervalContains(interval(null, false, null, false), -1e9)).toBe(true);
    expect(intervalContains(interval(75, true, null, false), 1e9)).toBe(true);
  });

  it('compares exactly: 0.1 + 0.2 is 0.3 at an inclusive bound', () => {
    expect(intervalContains(interval(0.3, true, null, false), 0.1 + 0.2)).toBe(true);
    expect(intervalContains(interval(null, false, 0.3, false), 0.1 + 0.2)).toBe(false);
  });
});

describe('higher is better (stolthet: 75 % eller mer / 71-74 % / 70 % eller mindre)', () => {
  it.each([
    [80, 'met'],
    [75, 'met'],
    [74.99, 'near'],
    [74.5, 'near'],
    [74, 'near'],
    [71, 'near'],
    [70.5, 'notMet'],
    [70, 'notMet'],
    [0, 'notMet'],
  ] as const)('%s %% -> %s', (v, status) => {
    expect(observationStatus(stolthet, value(v))).toBe(status);
  });

  it('attraktiv arbetsgivare: exactly 70 % is met, 69.5 near, 64.5 not met', () => {
    expect(observationStatus(attraktiv, value(70))).toBe('met');
    expect(observationStatus(attraktiv, value(69.5))).toBe('near');
    expect(observationStatus(attraktiv, value(65))).toBe('near');
    expect(observationStatus(attraktiv, value(64.5))).toBe('notMet');
  });

  it('NMI: 55 met, 54 near, 54.5 near, 53 not met', () => {
    expect(observationStatus(nmi, value(55))).toBe('met');
    expect(observationStatus(nmi, value(54))).toBe('near');
    expect(observationStatus(nmi, value(54.5))).toBe('near');
    expect(observationStatus(nmi, value(53.9))).toBe('notMet');
  });
});

describe('lower is better', () => {
  it.each([
    [0, 'met'],
    [1.5, 'met'],
    [2, 'met'],
    [2.01, 'near'],
    [2.74, 'near'],
    [2.99, 'near'],
    [3, 'notMet'],
    [12, 'notMet'],
  ] as const)('kötid %s minutes -> %s (met [0, 2], near (2, 3), not met [3, ∞))', (v, status) => {
    expect(observationStatus(kotid, value(v))).toBe(status);
  });

  it('prognos: "mindre än 10" and "mer än 20" leave 10 and 20 near', () => {
    expect(observationStatus(prognos, value(9.9))).toBe('met');
    expect(observationStatus(prognos, value(10))).toBe('near');
    expect(observationStatus(prognos, value(20))).toBe('near');
    expect(observationStatus(prognos, value(20.1))).toBe('notMet');
  });

  it('fails loudly for a value in no band (a negative queue time)', () => {
    expect(() => observationStatus(kotid, value(-1))).toThrow(GoalRuleError);
    expect(checkObservation(kotid, value(-1), 'measurements[0]')).toEqual([
      { path: 'measurements[0].value', message: "the value -1 lies in none of the goal's bands" },
    ]);
  });
});

describe('yes/no with a deadline (skyltar senast 1 april 2020, near in Q1 2020)', () => {
  it.each([
    [{ date: '2019-11-30', done: true }, 'met'],
    [{ date: '2020-04-01', done: true }, 'met'],
    [{ date: '2020-04-02', done: true }, 'notMet'],
    [{ date: '2018-12', done: false }, 'notMet'],
    [{ date: '2019-12-31', done: false }, 'notMet'],
    [{ date: '2020-01-01', done: false }, 'near'],
    [{ date: '2020-03', done: false }, 'near'],
    [{ date: '2020-04-01', done: false }, 'near'],
    [{ date: '2020-04', done: false }, 'notMet'],
  ] as const)('%j -> %s', (observation, status) => {
    expect(observationStatus(skyltar, observation)).toBe(status);
  });

  it('without a near window, not done is not met', () => {
    const rule: YesNoRule = { ...skyltar, nearFrom: null };
    expect(observationStatus(rule, { date: '2020-03-01', done: false })).toBe('notMet');
  });

  it('refuses a number for a yes/no goal and done for a measured one', () => {
    expect(() => observationStatus(skyltar, value(1))).toThrow(GoalRuleError);
    expect(() => observationStatus(kotid, { date: '2019-01', done: true })).toThrow(GoalRuleError);
    expect(checkObservation(skyltar, value(1))[0]?.path).toBe('value');
    expect(checkObservation(kotid, { date: '2019-01', done: true })[0]?.path).toBe('done');
  });
});

describe('stated status', () => {
  it('"Målet ej uppnått" is a stated not met, whatever the rule', () => {
    expect(observationStatus(prognos, { date: '2018-12', stated: 'notMet' })).toBe('notMet');
    expect(observationStatus(skyltar, { date: '2018-12', stated: 'notMet' })).toBe('notMet');
    expect(observationStatus(kotid, { date: '2018-12', stated: 'near' })).toBe('near');
  });
});

describe('goalStatus over time', () => {
  it('is noData without observations', () => {
    expect(goalStatus(kotid, [])).toEqual({ status: 'noData', observation: null });
  });

  it('takes the latest observation by date, whatever the order given', () => {
    const later = value(1.8, '2019-12-31');
    const result = goalStatus(kotid, [later, value(2.74, '2018-12')]);
    expect(result).toEqual({ status: 'met', observation: later });
  });

  it('on the same date the later in the list wins; a month counts as its last day', () => {
    expect(goalStatus(kotid, [value(1, '2019-06-30'), value(3.2, '2019-06')]).status).toBe(
      'notMet',
    );
    expect(goalStatus(kotid, [value(3.2, '2019-06'), value(1, '2019-06-15')]).status).toBe(
      'notMet',
    );
  });

  it('a measured value after a stated baseline replaces it', () => {
    const observations = [{ date: '2018-12', stated: 'notMet' as const }, value(8, '2019-12')];
    expect(goalStatus(prognos, observations).status).toBe('met');
  });
});

describe('observationDay and formatInterval', () => {
  it('gives a month its last day, leap years included', () => {
    expect(observationDay('2018-12')).toBe('2018-12-31');
    expect(observationDay('2020-02')).toBe('2020-02-29');
    expect(observationDay('2019-02')).toBe('2019-02-28');
    expect(observationDay('2020-04-01')).toBe('2020-04-01');
  });

  it('writes intervals with brackets by inclusivity', () => {
    expect(formatInterval(kotid.bands.met)).toBe('[0; 2]');
    expect(formatInterval(kotid.bands.near as Interval)).toBe('(2; 3)');
    expect(formatInterval(stolthet.bands.notMet)).toBe('(−∞; 71)');
    expect(formatInterval(interval(2.5, true, null, false))).toBe('[2,5; ∞)');
  });
});

describe('checkGoalRule', () => {
  it('accepts every seed goal', () => {
    for (const rule of [stolthet, attraktiv, kotid, prognos, nmi, skyltar]) {
      expect(checkGoalRule(rule)).toEqual([]);
    }
  });

  it('finds a gap between bands (the seed\'s words taken literally: "71-74" and "75 eller mer")', () => {
    const literal: NumericRule = {
      direction: 'higherBetter',
      bands: {
        met: interval(75, true, null, false),
        near: interval(71, true, 74, true),
        notMet: interval(null, false, 70, true),
      },
    };
    expect(checkGoalRule(literal, 'goals[0]')).toEqual([
      {
        path: 'goals[0].bands.near',
        message:
          'leaves a gap after the notMet band (70 to 71): a value there would have no status',
      },
      {
        path: 'goals[0].bands.met',
        message: 'leaves a gap after the near band (74 to 75): a value there would have no status',
      },
    ]);
  });

  it('finds a shared boundary, a missing boundary value and an overlap', () => {
    const shared: NumericRule = {
      direction: 'lowerBetter',
      bands: { ...kotid.bands, near: interval(2, true, 3, false) },
    };
    expect(checkGoalRule(shared)).toEqual([
      { path: 'bands.near', message: 'shares the value 2 with the met band' },
    ]);
    const missing: NumericRule = {
      direction: 'lowerBetter',
      bands: { ...kotid.bands, met: interval(0, true, 2, false) },
    };
    expect(checkGoalRule(missing)[0]?.message).toBe(
      'leaves 2 out: make it inclusive in this band or in the met band',
    );
    const overlap: NumericRule = {
      direction: 'lowerBetter',
      bands: { ...kotid.bands, near: interval(1, false, 3, false) },
    };
    expect(checkGoalRule(overlap)[0]?.message).toBe('overlaps the met band');
  });

  it('finds bands in the wrong order for the direction', () => {
    const reversed: NumericRule = { ...kotid, direction: 'higherBetter' };
    expect(checkGoalRule(reversed)).toEqual([
      {
        path: 'bands',
        message:
          'for higherBetter the bands run notMet < near < met from low to high values, not met < near < notMet',
      },
    ]);
  });

  it('finds empty intervals, inclusive infinities and a near window after the deadline', () => {
    const empty: NumericRule = {
      direction: 'higherBetter',
      bands: {
        met: interval(5, true, 5, false),
        near: null,
        notMet: interval(null, true, 5, false),
      },
    };
    expect(checkGoalRule(empty)).toEqual([
      { path: 'bands.met', message: '[5; 5) holds no value' },
      { path: 'bands.notMet.minInclusive', message: 'an unbounded end (−∞) cannot be inclusive' },
    ]);
    expect(checkGoalRule({ ...skyltar, nearFrom: '2020-05-01' })).toEqual([
      { path: 'nearFrom', message: 'the near window starts after the deadline 2020-04-01' },
    ]);
  });

  it('accepts two bands without a near band', () => {
    const twoBands: NumericRule = {
      direction: 'higherBetter',
      bands: {
        met: interval(50, true, null, false),
        near: null,
        notMet: interval(null, false, 50, false),
      },
    };
    expect(checkGoalRule(twoBands)).toEqual([]);
    expect(observationStatus(twoBands, value(50))).toBe('met');
    expect(observationStatus(twoBands, value(49.9))).toBe('notMet');
  });
});
