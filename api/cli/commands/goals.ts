import { resolve } from 'node:path';
import { formatInterval } from '../../../scoring/goal-status';
import { goalStatuses, intervalOf, parseGoalsFile } from '../../formats/goals-file';
import { readTextFile } from '../../formats/text-file';
import { type Io, UsageError } from '../io';

export const goalsUsage =
  'kompass goals FILE [--json]   effektmål of a goals file: Nuläge and status (met/near/notMet/noData)';

const STATUS_TEXT = {
  met: 'Målet uppnått',
  near: 'Nära målet',
  notMet: 'Ej uppnått',
  noData: 'Inga mätningar',
} as const;

export async function goalsCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  const [file] = files;
  if (files.length !== 1 || !file) throw new UsageError('kompass goals needs exactly one FILE');
  const goals = parseGoalsFile(readTextFile(resolve(io.cwd, file), file), file);
  const statuses = goalStatuses(goals);
  if (json) {
    io.out(
      JSON.stringify(
        { municipality: goals.municipality, title: goals.title, goals: statuses },
        null,
        2,
      ),
    );
    return 0;
  }
  const lines = [`${goals.municipality.name}: ${goals.title}`, ''];
  goals.goals.forEach((goal, index) => {
    const status = statuses[index]?.status ?? 'noData';
    const nulage = goal.nulage
      ? `${goal.nulage.text ?? goal.nulage.value ?? goal.nulage.stated ?? goal.nulage.done} (${goal.nulage.date})`
      : '–';
    lines.push(`${goal.title}`);
    lines.push(`  Nuläge: ${nulage}  ->  ${STATUS_TEXT[status]}`);
    if (goal.direction !== 'yesNo') {
      const bands = (['met', 'near', 'notMet'] as const).flatMap((name) => {
        const band = goal.bands[name];
        return band ? [`${STATUS_TEXT[name]} ${formatInterval(intervalOf(band))}`] : [];
      });
      lines.push(`  ${bands.join(', ')}${goal.unit ? ` ${goal.unit}` : ''}`);
    } else {
      lines.push(`  Senast ${goal.deadline}`);
    }
  });
  io.out(lines.join('\n'));
  return 0;
}
