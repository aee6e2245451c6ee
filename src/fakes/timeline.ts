import type { VirtualClock } from './virtual-clock';

export interface TimelineEntry {
  readonly at: number;
  readonly text: string;
}

/** `+m:ss.mmm` (or `+h:mm:ss.mmm` past an hour) since the scenario began. */
export function formatOffset(ms: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const frac = pad(ms % 1000, 3);
  return h > 0 ? `+${h}:${pad(m)}:${pad(s)}.${frac}` : `+${m}:${pad(s)}.${frac}`;
}

/**
 * What happened in the fake world and in the client, in plain words, on virtual time.
 * Every line passes through `redact`, which the world sets to blank out every secret it holds.
 */
export class Timeline {
  readonly entries: TimelineEntry[] = [];
  redact: (text: string) => string = (t) => t;

  constructor(private readonly clock: VirtualClock) {}

  record(text: string): void {
    this.entries.push({ at: this.clock.elapsed(), text: this.redact(text) });
  }

  format(): string {
    return this.entries.map((e) => `${formatOffset(e.at)} ${e.text}`).join('\n');
  }
}
