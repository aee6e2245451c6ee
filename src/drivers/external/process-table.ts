import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** How a process was found to belong to a client. */
export type FoundBy = 'group' | 'marker' | 'pipe';

/** A live process of a client, found in /proc. */
export interface FoundProcess {
  readonly pid: number;
  readonly by: FoundBy;
}

/** What identifies the processes of one client: its process group, the marker in its environment, its pipes. */
export interface ClientTraces {
  readonly pgid: number | null;
  /** `NAME=value`, as it appears in /proc/<pid>/environ. */
  readonly marker: string;
  /** Link targets of the client's stdin, stdout and stderr (`socket:[123]`, `pipe:[456]`). */
  readonly pipes: readonly string[];
}

const procRoot = '/proc';
const readOr = (file: string): Buffer | null => {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
};

/** The link targets of a process's standard streams (0, 1, 2), read right after it starts. */
export function standardStreams(pid: number): string[] {
  return [0, 1, 2].flatMap((fd) => {
    try {
      return [readlinkSync(`${procRoot}/${pid}/fd/${fd}`)];
    } catch {
      return [];
    }
  });
}

/** State and process group from /proc/<pid>/stat; null when it is gone. */
function statOf(pid: number): { readonly state: string; readonly pgid: number } | null {
  const stat = readOr(`${procRoot}/${pid}/stat`)?.toString('utf8');
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '?', pgid: Number(fields[2]) };
}

function holdsOneOf(pid: number, pipes: readonly string[]): boolean {
  let fds: string[];
  try {
    fds = readdirSync(`${procRoot}/${pid}/fd`);
  } catch {
    return false;
  }
  return fds.some((fd) => {
    try {
      return pipes.includes(readlinkSync(`${procRoot}/${pid}/fd/${fd}`));
    } catch {
      return false;
    }
  });
}

/**
 * Every live process (zombies aside) that belongs to a client: in its process group, or carrying its marker in its
 * environment, or holding one of its pipes, at any depth and whether or not it left the group. Reads only the
 * caller's own processes' /proc entries, so it needs no root. Empty where there is no /proc.
 */
export function findClientProcesses(traces: ClientTraces, exclude: readonly number[] = [process.pid]): FoundProcess[] {
  let pids: number[];
  try {
    pids = readdirSync(procRoot)
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [];
  }
  const marker = Buffer.from(`${traces.marker}\0`);
  const found: FoundProcess[] = [];
  for (const pid of pids) {
    if (exclude.includes(pid)) continue;
    const stat = statOf(pid);
    if (!stat || stat.state === 'Z' || stat.state === 'X') continue;
    if (traces.pgid !== null && stat.pgid === traces.pgid) found.push({ pid, by: 'group' });
    else if (readOr(`${procRoot}/${pid}/environ`)?.includes(marker)) found.push({ pid, by: 'marker' });
    else if (traces.pipes.length > 0 && holdsOneOf(pid, traces.pipes)) found.push({ pid, by: 'pipe' });
  }
  return found;
}

/** SIGKILL, ignoring a process that is already gone. */
export function killProcess(pid: number): boolean {
  try {
    process.kill(pid, 'SIGKILL');
    return true;
  } catch {
    return false;
  }
}
