/** The oldest Node.js major line Kommunkompassen runs on: 24 LTS (maintained until April 2028). */
export const requiredNodeMajor = 24;

/**
 * Why this Node.js version cannot run Kommunkompassen, or null when it can. The message names the
 * version found, the version needed and how to get it, so an administrator is not left guessing.
 */
export function nodeVersionProblem(version: string): string | null {
  const major = Number.parseInt(version.replace(/^v/, '').split('.')[0] ?? '', 10);
  if (Number.isInteger(major) && major >= requiredNodeMajor) return null;
  return (
    `Kommunkompassen needs Node.js ${requiredNodeMajor} LTS or newer; this is Node.js ${version}. ` +
    `Install Node.js ${requiredNodeMajor}, or run \`. bin/node24.sh\` in this shell to put it first on PATH.`
  );
}
