import type { AppError } from '../errors';

/**
 * An input error as the CLI prints it, each problem once: the issues when there are any (the
 * message only repeats the first of them), else the message.
 */
export function errorText(error: AppError): string {
  const issues = error.issues ?? [];
  if (issues.length === 0) return error.message;
  return issues
    .map((issue) => `${issue.path}${issue.line ? ` (line ${issue.line})` : ''}: ${issue.message}`)
    .join('\n  ');
}
