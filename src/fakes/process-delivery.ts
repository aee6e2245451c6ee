import type { ClientEvent } from '../simulator';
import type { LyncProcess } from './lync-process';

/**
 * The one way the fake Windows hands an event to a Lync process. While its computer sleeps a process runs nothing:
 * what reaches it (a timer falling due, a network change, a late answer) waits, in order, and is handed over when
 * the computer wakes. A timer that fell due while asleep therefore fires once, on waking, however long the sleep.
 */
export async function deliverTo(process: LyncProcess, event: ClientEvent): Promise<void> {
  if (process.suspended !== undefined) {
    process.suspended.push(event);
    return;
  }
  await process.client?.deliver(event);
}

/** The computer goes to sleep: from now on the process's events wait. */
export function suspend(process: LyncProcess): void {
  process.suspended ??= [];
}

/** The computer wakes: the process runs again and is handed, in order, what reached it while asleep. */
export async function resume(process: LyncProcess): Promise<number> {
  const waiting = process.suspended ?? [];
  process.suspended = undefined;
  for (const event of waiting) if (process.running) await process.client?.deliver(event);
  return waiting.length;
}
