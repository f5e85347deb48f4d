import { observationDay } from '../../scoring/goal-status';
import type { Action, PlanView } from '../components/plan-api';
import { t } from '../components/plan-ui.i18n';

type Row = (string | number | null)[];

/** The plan's actions as rows for swedishCsv: one per action, status and overdue in words. */
export function actionRows(view: PlanView, areaTitle: (id: string) => string): Row[] {
  return [
    [
      'Område',
      t('title'),
      t('owner'),
      t('start'),
      t('due'),
      t('status'),
      t('overdue'),
      t('fromImprovement'),
      t('questions'),
    ],
    ...view.actions.map((a: Action) => [
      `${a.areaId}. ${areaTitle(a.areaId)}`,
      a.title,
      a.owner,
      a.startDate,
      a.dueDate,
      t(`action_${a.status}`),
      a.overdue ? t('overdue') : '',
      a.improvement,
      a.questions.join(', '),
    ]),
  ];
}

/** Every observation of every effektmål (Nuläge first, then by date), with its status in words. */
export function goalRows(view: PlanView): Row[] {
  const rows: Row[] = [
    [t('goals'), t('title'), t('unit'), t('date'), t('value'), t('source'), t('status')],
  ];
  for (const goal of view.goals) {
    const action = view.actions.find((a) => a.id === goal.actionId)?.title ?? '';
    const observations = [
      ...(goal.nulage
        ? [{ ...goal.nulage, source: t('sourceNulage'), status: goal.nulageStatus }]
        : []),
      ...goal.measurements.map((m) => ({ ...m, source: t('sourceMeasurement') })),
    ].sort((a, b) => observationDay(a.date).localeCompare(observationDay(b.date)));
    for (const o of observations) {
      const value =
        o.value ?? (o.done != null ? (o.done ? t('done') : t('notDone')) : (o.text ?? ''));
      rows.push([goal.title, action, goal.unit, o.date, value, o.source, t(`goal_${o.status}`)]);
    }
    if (observations.length === 0)
      rows.push([goal.title, action, goal.unit, null, null, null, t('goal_noData')]);
  }
  return rows;
}
