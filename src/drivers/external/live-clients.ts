import { writeTally } from './client-tally';

/** Something that can kill its process group (and whatever else it started) at once, synchronously. */
export interface Killable {
  killNow(): void;
}

const live = new Set<Killable>();
let hooked = false;

/** The signals a CI cancellation or a terminal sends; each ends every client, then the harness. */
export const endingSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Every client process still running, so none outlives the harness: they are killed when the harness exits, and on
 * SIGINT, SIGTERM or SIGHUP (then the tally is written and the signal goes on to its default, which ends the harness).
 */
export function track(client: Killable): void {
  live.add(client);
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    killAll();
    writeTally();
  });
  for (const signal of endingSignals) {
    process.once(signal, () => {
      killAll();
      writeTally();
      process.kill(process.pid, signal);
    });
  }
}

export function untrack(client: Killable): void {
  live.delete(client);
}

export function liveCount(): number {
  return live.size;
}

export function killAll(): void {
  for (const client of [...live]) client.killNow();
  live.clear();
}
