import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Goal } from './plan-api';
import { GoalForm, goalFromForm } from './plan-goal-form';

afterEach(cleanup);

const kotid = {
  id: 'g1',
  actionId: 'a1',
  title: 'Kötid till kontaktcenter',
  indicator: 'Snitt per år',
  unit: 'minuter',
  direction: 'lowerBetter',
  bands: {
    met: { text: '0-2 minuter', min: 0, minInclusive: true, max: 2, maxInclusive: true },
    near: { text: '2-3 minuter', min: 2, minInclusive: false, max: 3, maxInclusive: false },
    notMet: { text: '3 minuter eller mer', min: 3, minInclusive: true },
  },
  deadline: null,
  nearFrom: null,
  nulage: { date: '2018-12', value: 2.74 },
  targetDate: '2019-12',
  note: 'Banden avgör.',
  measurements: [],
  status: 'near',
  nulageStatus: 'near',
  version: 3,
  createdAt: '',
  updatedAt: '',
} as unknown as Goal;

const formOf = (container: HTMLElement) =>
  new FormData(container.querySelector('form') as HTMLFormElement);

describe('the effektmål form', () => {
  it('edits a goal: prefilled with its bounds and inclusivity, read back unchanged', () => {
    const { container } = render(() => (
      <GoalForm
        evaluationId="e1"
        actionId="a1"
        goal={kotid}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />
    ));
    expect(goalFromForm(formOf(container), 'a1')).toEqual({
      title: kotid.title,
      indicator: kotid.indicator,
      unit: 'minuter',
      direction: 'lowerBetter',
      bands: kotid.bands,
      nulage: { date: '2018-12', value: 2.74 },
      targetDate: '2019-12',
      note: 'Banden avgör.',
      actionId: 'a1',
    });
  });

  it('a new goal: an empty near band is no band, a decimal comma is a number', () => {
    const { container } = render(() => (
      <GoalForm
        evaluationId="e1"
        actionId={null}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />
    ));
    const form = formOf(container);
    form.set('title', 'NMI');
    form.set('met-min', '55');
    form.set('notMet-max', '54,5');
    form.set('nulageDate', '2018-12');
    form.set('nulageValue', '54');
    const goal = goalFromForm(form, null);
    expect(goal.bands).toEqual({
      met: { min: 55, minInclusive: true },
      near: null,
      notMet: { max: 54.5, maxInclusive: false },
    });
    expect(goal.nulage).toEqual({ date: '2018-12', value: 54 });
  });
});
