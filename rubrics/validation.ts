import type { z } from 'zod';
import { jsonIssues, TOO_DEEP } from './json-guard';
import { joinKey, jsonLineIndex, lineOf } from './json-lines';

/** One broken rule: where (`path` like `areas[3].questions`, and the line when known) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
  line?: number;
}

/** A file (or request body) that broke one or more rules. The message lists every issue. */
export class ValidationError extends Error {
  constructor(
    readonly source: string,
    readonly issues: ValidationIssue[],
  ) {
    super(issues.map((issue) => `${source}: ${describeIssue(issue)}`).join('\n'));
    this.name = 'ValidationError';
  }
}

/** `areas[3].questions (line 42): max points sum to 95, must be 100` */
export function describeIssue(issue: ValidationIssue): string {
  const where = issue.path === '' ? '(root)' : issue.path;
  // CSV paths already start with the line ("line 3, column "4""): don't say it twice.
  const line =
    issue.line === undefined || where.startsWith(`line ${issue.line},`)
      ? ''
      : ` (line ${issue.line})`;
  return `${where}${line}: ${issue.message}`;
}

/** `['areas', 3, 'questions']` -> `areas[3].questions` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (joined, key) => (typeof key === 'number' ? `${joined}[${key}]` : joinKey(joined, String(key))),
    '',
  );
}

export function issuesFromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Parses JSON text, naming the line and column of a syntax error. A leading BOM is accepted.
 * The document must follow jsonIssues' rules (depth, prototype keys, storable characters).
 */
export function parseJsonText(text: string, source: string): unknown {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const before = Number.isNaN(position) ? clean : clean.slice(0, position);
    const line = before.split('\n').length;
    throw new ValidationError(source, [
      { path: '', line, message: `not valid JSON: ${message.replace(/^JSON\.parse: /, '')}` },
    ]);
  }
  const issues = jsonIssues(value);
  if (issues.length === 0) return value;
  // Lines only for a document shallow enough to index (the indexer recurses).
  const index = issues.some((issue) => issue.message === TOO_DEEP)
    ? undefined
    : jsonLineIndex(clean);
  for (const issue of issues as ValidationIssue[]) {
    const line = index && lineOf(index, issue.path);
    if (line !== undefined) issue.line = line;
  }
  throw new ValidationError(source, issues);
}

/**
 * Validates `value` with `schema`; on failure throws a ValidationError whose issues carry the
 * JSON path and, when the original text is given, the line.
 */
export function parseWithSchema<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  source: string,
  text?: string,
): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = issuesFromZod(result.error);
  if (text !== undefined) {
    const index = jsonLineIndex(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    for (const issue of issues) issue.line = lineOf(index, issue.path);
  }
  throw new ValidationError(source, issues);
}

/** Parses JSON text and validates it in one step (see parseJsonText and parseWithSchema). */
export function parseJsonFile<Schema extends z.ZodType>(
  schema: Schema,
  text: string,
  source: string,
): z.infer<Schema> {
  return parseWithSchema(schema, parseJsonText(text, source), source, text);
}
