import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type GoalStatus, observationDay } from '../../scoring/goal-status';
import { reportTexts } from '../reports/report-texts';
import type { Action, ActionStatus, Goal, PlanView } from './plans.schemas';

const FONT = 'Arial';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'C8CCD2' } as const;

export const ACTION_STATUS_TEXT: Record<ActionStatus, string> = {
  planned: 'Planerad',
  inProgress: 'Pågår',
  done: 'Klar',
  cancelled: 'Avbruten',
};

export const GOAL_STATUS_TEXT: Record<GoalStatus, string> = {
  met: 'Målet uppnått',
  near: 'Nära målet',
  notMet: 'Ej uppnått',
  noData: 'Inga mätningar',
};

const MONTHS = reportTexts('sv').months;

/** `2016-05-23` -> `23 maj 2016`, `2016-05` -> `maj 2016`, as the web app writes dates. */
export function swedishDate(value: string | null): string {
  if (!value) return '–';
  const [year, month, day] = value.split('-').map(Number);
  const name = MONTHS[(month ?? 1) - 1] ?? '';
  return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

const number = (value: number) => String(value).replace('.', ',');

/** An observation as a reader reads it: its own words, else the figure and unit, or done/not. */
export function observationText(
  observation: {
    text?: string | null | undefined;
    value?: number | null | undefined;
    done?: boolean | null | undefined;
    stated?: string | null | undefined;
  },
  unit: string,
): string {
  if (observation.text) return observation.text;
  if (observation.value != null) return `${number(observation.value)}${unit ? ` ${unit}` : ''}`;
  if (observation.done != null) return observation.done ? 'Klart' : 'Inte klart';
  if (observation.stated) return GOAL_STATUS_TEXT[observation.stated as GoalStatus];
  return '–';
}

function text(value: string, options: { bold?: boolean; size?: number } = {}) {
  return new TextRun({ text: value, font: FONT, ...options });
}

function para(value: string, options: { bold?: boolean; size?: number } = {}) {
  return new Paragraph({ spacing: { after: 120 }, children: [text(value, options)] });
}

function heading(value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) {
  return new Paragraph({
    heading: level,
    spacing: { before: 240, after: 120 },
    children: [text(value)],
  });
}

function table(header: string[], rows: string[][]): Table {
  const cell = (value: string, bold = false) =>
    new TableCell({
      borders: { top: RULE, bottom: RULE, left: RULE, right: RULE },
      children: value
        .split('\n')
        .map((line) => new Paragraph({ children: [text(line, { bold, size: 18 })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  });
}

function actionStatus(action: Action): string {
  return `${ACTION_STATUS_TEXT[action.status]}${action.overdue ? ' – försenad' : ''}`;
}

function goalRows(goals: Goal[], actions: Action[]): string[][] {
  return goals.map((goal) => {
    const latest = [...goal.measurements]
      .sort((a, b) => observationDay(a.date).localeCompare(observationDay(b.date)))
      .at(-1);
    const action = actions.find((a) => a.id === goal.actionId);
    return [
      `${goal.title}${action ? `\n(åtgärd: ${action.title})` : ''}`,
      goal.nulage
        ? `${observationText(goal.nulage, goal.unit)} (${swedishDate(goal.nulage.date)})`
        : '–',
      latest ? `${observationText(latest, goal.unit)} (${swedishDate(latest.date)})` : '–',
      GOAL_STATUS_TEXT[goal.status],
    ];
  });
}

export interface PlanDocxInput {
  kommun: string;
  evaluationDate: string;
  areas: { id: string; title: string }[];
  view: PlanView;
}

/**
 * The follow-up report of a plan as an editable Word document: status per action (overdue said
 * in words), per area, and every effektmål with Nuläge, latest measurement and status.
 */
export async function planDocx(input: PlanDocxInput): Promise<Buffer> {
  const { view } = input;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [text('Uppföljning av handlingsplan')],
    }),
    para(`${input.kommun} – Kommunkompassen ${swedishDate(input.evaluationDate)}`, { size: 28 }),
    para(view.plan?.title ?? 'Ingen handlingsplan är sparad än.'),
    para(`Uppföljningen gjord ${swedishDate(view.today)}.`),
  ];
  const counts = (Object.keys(ACTION_STATUS_TEXT) as ActionStatus[]).map(
    (status) =>
      `${ACTION_STATUS_TEXT[status].toLowerCase()} ${view.actions.filter((a) => a.status === status).length}`,
  );
  const overdue = view.actions.filter((a) => a.overdue).length;
  children.push(
    heading('Sammanfattning', HeadingLevel.HEADING_1),
    para(`Åtgärder: ${view.actions.length} (${counts.join(', ')}); försenade: ${overdue}.`),
    para(
      `Effektmål: ${view.goals.length} (${(['met', 'near', 'notMet', 'noData'] as const)
        .map(
          (s) =>
            `${GOAL_STATUS_TEXT[s].toLowerCase()} ${view.goals.filter((g) => g.status === s).length}`,
        )
        .join(', ')}).`,
    ),
  );

  children.push(heading('Åtgärder per område', HeadingLevel.HEADING_1));
  for (const area of input.areas) {
    const actions = view.actions.filter((a) => a.areaId === area.id);
    if (actions.length === 0) continue;
    children.push(
      heading(`${area.id}. ${area.title}`, HeadingLevel.HEADING_2),
      table(
        ['Åtgärd', 'Ansvarig', 'Start', 'Klar senast', 'Status', 'Senaste anteckning'],
        actions.map((action) => [
          `${action.title}${action.questions.length ? `\n(delfrågor ${action.questions.join(', ')})` : ''}`,
          action.owner,
          swedishDate(action.startDate),
          swedishDate(action.dueDate),
          actionStatus(action),
          action.notes.at(-1)
            ? `${action.notes.at(-1)?.text} (${swedishDate(action.notes.at(-1)?.createdAt.slice(0, 10) ?? null)})`
            : '–',
        ]),
      ),
    );
  }
  if (view.actions.length === 0) children.push(para('Inga åtgärder än.'));

  children.push(heading('Effektmål', HeadingLevel.HEADING_1));
  if (view.goals.length === 0) children.push(para('Inga effektmål än.'));
  else
    children.push(
      table(
        ['Effektmål', 'Nuläge', 'Senaste mätning', 'Status'],
        goalRows(view.goals, view.actions),
      ),
    );

  const document = new Document({
    creator: 'Kommunkompassen',
    title: `Uppföljning av handlingsplan – ${input.kommun}`,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
