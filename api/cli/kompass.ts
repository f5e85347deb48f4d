import { ValidationError } from '../../rubrics/validation';
import { ComparisonError } from '../../scoring/version-mapping';
import { backupCommand, backupUsage, restoreCommand, restoreUsage } from './commands/backup';
import { compareCommand, compareUsage } from './commands/compare';
import { documentsCommand, documentsUsage } from './commands/documents';
import { exportCommand, exportUsage } from './commands/export';
import { goalsCommand, goalsUsage } from './commands/goals';
import { importCommand, importUsage } from './commands/import';
import { migrateCommand, migrateUsage } from './commands/migrate';
import { questionnaireCommand, questionnaireUsage } from './commands/questionnaire';
import { referencesCommand, referencesUsage } from './commands/references';
import { reportCommand, reportUsage } from './commands/report';
import { reportTextsCommand, reportTextsUsage } from './commands/report-texts';
import { rubricCommand, rubricUsage } from './commands/rubric';
import { scoreCommand, scoreUsage } from './commands/score';
import { serveCommand, serveUsage } from './commands/serve';
import { userCommand, userUsage } from './commands/user';
import { validateCommand, validateUsage } from './commands/validate';
import { type Io, processIo, UsageError } from './io';

type Command = (args: string[], io: Io) => Promise<number>;

const commands: Record<string, { run: Command; usage: string }> = {
  score: { run: scoreCommand, usage: scoreUsage },
  validate: { run: validateCommand, usage: validateUsage },
  compare: { run: compareCommand, usage: compareUsage },
  goals: { run: goalsCommand, usage: goalsUsage },
  serve: { run: serveCommand, usage: serveUsage },
  migrate: { run: migrateCommand, usage: migrateUsage },
  import: { run: importCommand, usage: importUsage },
  export: { run: exportCommand, usage: exportUsage },
  report: { run: reportCommand, usage: reportUsage },
  'report-texts': { run: reportTextsCommand, usage: reportTextsUsage },
  references: { run: referencesCommand, usage: referencesUsage },
  user: { run: userCommand, usage: userUsage },
  backup: { run: backupCommand, usage: backupUsage },
  restore: { run: restoreCommand, usage: restoreUsage },
  rubric: { run: rubricCommand, usage: rubricUsage },
  documents: { run: documentsCommand, usage: documentsUsage },
  questionnaire: { run: questionnaireCommand, usage: questionnaireUsage },
};

export function usage(): string {
  return [
    'Kommunkompassen: kompass <command> [options]',
    '',
    ...Object.values(commands).map((command) => `  ${command.usage}`),
    '',
  ].join('\n');
}

/** Runs the CLI in-process and returns the exit code: 0 ok, 1 invalid input, 2 usage error. */
export async function main(args: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`kompass: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`kompass ${name}: ${error.message}\n\nusage: ${command.usage}`);
      return 2;
    }
    if (error instanceof ValidationError || error instanceof ComparisonError) {
      io.err(error.message);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      io.err(`kompass ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
