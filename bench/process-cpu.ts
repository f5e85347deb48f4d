import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

function statTimes(stat: string): { command: string; ms: number } {
  const close = stat.lastIndexOf(')');
  const command = stat.slice(stat.indexOf('(') + 1, close);
  const fields = stat.slice(close + 2).split(' ');
  // After the command: state is field 3 of stat(5), utime 14 and stime 15.
  return { command, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
}

/** CPU time (user + system) used so far by process `pid`, or null where /proc is missing. */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    return statTimes(readFileSync(`/proc/${pid}/stat`, 'utf8')).ms;
  } catch {
    return null;
  }
}

/** CPU time used so far by every local process named `command` (e.g. PostgreSQL's backends). */
export function commandCpuMs(command: string): number | null {
  let total = 0;
  let found = false;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const times = statTimes(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (times.command === command) {
        total += times.ms;
        found = true;
      }
    } catch {
      // The process ended while listing.
    }
  }
  return found ? total : null;
}
