import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../rubrics/project-root';
import type { Actor, AppDeps } from '../context';
import { type FileGoal, parseGoalsFile } from '../formats/goals-file';
import type { ActionBody, ActionStatus } from '../plans/plans.schemas';
import { plansService } from '../plans/plans.service';

const GOALS = 'fixtures/goals/enkoping-ks.json';

interface DemoAction {
  action: ActionBody;
  /** Goal ids of the goals file measured by this action. */
  goals: string[];
  notes: string[];
}

/** The file's goal as the API takes it (its id, heading and measurements stay in the file). */
function goalBody(goal: FileGoal, actionId: string | null) {
  const { id: _id, heading: _heading, measurements: _measurements, ...definition } = goal;
  return { ...definition, actionId };
}

const action = (
  areaId: string,
  title: string,
  owner: string,
  status: ActionStatus,
  dates: { start: string; due: string },
  extra: Partial<ActionBody> = {},
): ActionBody => ({
  areaId,
  title,
  owner,
  status,
  startDate: dates.start,
  dueDate: dates.due,
  description: '',
  questions: [],
  ...extra,
});

/**
 * Enköping's demo handlingsplan after the 2016 evaluation: a few actions from the report's
 * förbättringsområden, each measured by kommunstyrelsens effektmål of seed 000 (fixtures/goals).
 * The goals' Nuläge are the plan's own; the notes are illustrative demo text.
 */
export async function seedEnkopingPlan(
  deps: AppDeps,
  evaluationId: string,
  improvements: Record<string, string[]>,
  actor: Actor,
): Promise<void> {
  const file = parseGoalsFile(readFileSync(join(projectRoot(), GOALS), 'utf8'), GOALS);
  const goals = new Map(file.goals.map((goal) => [goal.id, goal]));
  const service = plansService(deps);
  const demo: DemoAction[] = [
    {
      action: action(
        '2',
        'Kortare kötid och bättre bemötande i kontaktcenter',
        'Kontaktcenter, kommunledningsförvaltningen',
        'inProgress',
        { start: '2017-01-09', due: '2018-12-31' },
        {
          improvement: improvements['2']?.[1] ?? null,
          questions: ['2.2'],
          description: 'Ny telefonilösning, gemensamma svarsrutiner och uppföljning av NMI.',
        },
      ),
      goals: ['kotid-kontaktcenter', 'nmi-bemotande'],
      notes: ['Ny telefonilösning i drift sedan september 2018.'],
    },
    {
      action: action(
        '3',
        'Säkrare prognoser i de ekonomiska rapporterna',
        'Ekonomichef',
        'planned',
        { start: '2018-01-15', due: '2018-12-31' },
        { improvement: improvements['3']?.[4] ?? null, questions: ['3.3'] },
      ),
      goals: ['prognossakerhet'],
      notes: [],
    },
    {
      action: action(
        '6',
        'Medarbetarenkät: stolthet och attraktiv arbetsgivare',
        'HR-direktör',
        'done',
        { start: '2016-09-01', due: '2017-12-31' },
        { improvement: improvements['6']?.[0] ?? null, questions: ['6.2', '6.5'] },
      ),
      goals: ['stolthet', 'attraktiv-arbetsgivare', 'informationskanaler'],
      notes: ['Enkäten genomförd i november 2017; resultaten redovisade för KS.'],
    },
    {
      action: action('8', 'Nya infartsskyltar', 'Kommunikationschef', 'inProgress', {
        start: '2019-06-01',
        due: '2020-04-01',
      }),
      goals: ['infartsskyltar'],
      notes: [],
    },
  ];
  for (const item of demo) {
    const created = await service.createAction(evaluationId, item.action, actor);
    for (const id of item.goals) {
      const goal = goals.get(id);
      if (!goal) throw new Error(`${GOALS} has no goal "${id}"`);
      await service.createGoal(evaluationId, goalBody(goal, created.id), actor);
      goals.delete(id);
    }
    for (const note of item.notes) await service.addNote(evaluationId, created.id, note, actor);
  }
  // What no action measures (NKI företag) is a goal of the plan as a whole.
  for (const goal of goals.values()) {
    await service.createGoal(evaluationId, goalBody(goal, null), actor);
  }
}
