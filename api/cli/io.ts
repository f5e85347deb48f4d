/** What a CLI command may touch of the outside world, so tests can run commands in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** All of standard input, or '' when it is a terminal (nothing piped in). */
  readStdin(): Promise<string>;
  cwd: string;
  /** The environment the command reads its settings from (DATABASE_URL, …). */
  env: NodeJS.ProcessEnv;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readStdin: async () => {
    if (process.stdin.isTTY) return '';
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  cwd: process.cwd(),
  env: process.env,
};

/** A usage mistake on the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
