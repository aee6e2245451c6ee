import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** A live process inside a client's PID namespace. */
export interface Member {
  readonly pid: number;
  /** Its pid inside the namespace (1 is the init). */
  readonly inside: number;
  readonly pgid: number;
}

const procRoot = '/proc';
const own = (): string | null => {
  try {
    return readlinkSync(`${procRoot}/self/ns/pid`);
  } catch {
    return null;
  }
};

/**
 * The PID namespace `unshare` (pid `leader`) made for its children (`pid:[4026532...]`); null before it made one
 * (or once it is gone). Never the harness's own namespace: listing that would name every process.
 */
export function namespaceOf(leader: number): string | null {
  try {
    const ns = readlinkSync(`${procRoot}/${leader}/ns/pid_for_children`);
    return ns === own() ? null : ns;
  } catch {
    return null;
  }
}

/** Every live process (zombies aside) in the namespace `ns`, read from /proc. */
export function namespaceMembers(ns: string): Member[] {
  let pids: string[];
  try {
    pids = readdirSync(procRoot).filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  return pids.flatMap((d) => {
    try {
      if (readlinkSync(`${procRoot}/${d}/ns/pid`) !== ns) return [];
      const status = readFileSync(`${procRoot}/${d}/status`, 'utf8');
      const state = /^State:\s+(\S)/m.exec(status)?.[1] ?? '?';
      if (state === 'Z' || state === 'X') return [];
      const inside = Number(/^NSpid:.*\s(\d+)\s*$/m.exec(status)?.[1] ?? 0);
      const pgid = Number(/^NSpgid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      return [{ pid: Number(d), inside, pgid }];
    } catch {
      return [];
    }
  });
}
