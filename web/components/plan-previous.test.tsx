import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanReview } from './plan-api';
import { PreviousPlan } from './plan-previous';
import { ActionStatusBadge, GoalStatusBadge } from './plan-status';

afterEach(cleanup);

const action = (title: string, status: string, overdue = false) => ({
  id: title,
  areaId: '4',
  title,
  description: '',
  questions: [],
  improvement: null,
  owner: 'HR',
  startDate: null,
  dueDate: '2017-12-31',
  status,
  overdue,
  notes: [],
  version: 1,
  createdAt: '',
  updatedAt: '',
});

const review = {
  previous: {
    evaluationId: 'e2016',
    date: '2016-05',
    rubric: 'kk-2010',
    plan: { id: 'p', title: 'Plan', version: 1, createdAt: '', updatedAt: '' },
  },
  indicative: false,
  planGoals: [],
  areas: [
    {
      areaId: '4',
      title: 'Ledarskap, ansvar och delegation',
      previousPoints: 42,
      currentPoints: 55,
      currentComplete: true,
      change: 13,
      actions: [action('Chefskontrakt', 'done'), action('Chefsutbildning', 'inProgress', true)],
      goals: [{ id: 'g', title: 'NMI bemötande', status: 'near' }],
      counts: { planned: 0, inProgress: 1, done: 1, cancelled: 0 },
    },
  ],
} as unknown as PlanReview;

describe('statuses are said in words, never by colour alone', () => {
  it('a goal’s traffic light carries a symbol and its status', () => {
    render(() => <GoalStatusBadge status="notMet" />);
    expect(screen.getByText('Ej uppnått').closest('.goal-status')?.textContent).toBe(
      '○ Ej uppnått',
    );
  });

  it('an overdue action says Försenad next to its status', () => {
    render(() => <ActionStatusBadge status="inProgress" overdue={true} due="2017-12-31" />);
    expect(screen.getByText('Pågår')).toBeTruthy();
    expect(screen.getByText('Försenad').closest('strong')?.getAttribute('title')).toBe(
      'Försenad: skulle vara klar 31 december 2017',
    );
  });
});

describe('the previous plan beside an area’s new points', () => {
  it('says what was planned, how far it got and how the points moved', () => {
    const area = review.areas[0] as PlanReview['areas'][number];
    render(() => <PreviousPlan review={review} area={area} />);
    const aside = screen.getByRole('complementary', {
      name: 'Föregående handlingsplan (Kommunkompassen maj 2016)',
    });
    expect(aside.textContent).toContain('Poäng: 42 → 55 (+13)');
    expect(aside.textContent).toContain('2 åtgärder: 1 klara, 1 pågående');
    expect(aside.textContent).toContain('Chefskontrakt: Klar');
    expect(aside.textContent).toContain('Chefsutbildning: Pågår ⚠ Försenad');
    expect(aside.textContent).toContain('NMI bemötande: ◐ Nära målet');
  });

  it('shows nothing without a previous plan', () => {
    const area = review.areas[0] as PlanReview['areas'][number];
    const { container } = render(() => (
      <PreviousPlan review={{ ...review, previous: null }} area={area} />
    ));
    expect(container.textContent).toBe('');
  });
});
