/** Something that can kill its process group at once, synchronously. */
export interface Killable {
  killNow(): void;
}

const live = new Set<Killable>();
let hooked = false;

/**
 * Every client process still running, so none outlives the harness: they are killed when the harness exits,
 * and on SIGINT or SIGTERM (then the signal goes on to its default, which ends the harness).
 */
export function track(client: Killable): void {
  live.add(client);
  if (hooked) return;
  hooked = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
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
