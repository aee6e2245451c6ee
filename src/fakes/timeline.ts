import type { VirtualClock } from './virtual-clock';

/**
 * Who takes part in an exchange, as the swimlane draws it: each computer's Lync (`Lync on PC1`), DNS, the identity
 * provider, Lync Online, the colleagues. An entry with no lane is something around them (a person acts, a fault).
 */
export type Lane = `Lync on ${string}` | 'DNS' | 'identity provider' | 'Lync Online' | 'colleagues';

export interface TimelineEntry {
  readonly at: number;
  readonly text: string;
  /** Where it happens, or who sends. */
  readonly lane?: Lane;
  /** Who receives, for an exchange between two parties. */
  readonly to?: Lane;
  /** The exchange or step where things went wrong (a refused request, a missing record, a failed step). */
  readonly failing?: boolean;
  /** Why an event that looks like a failure is a normal step by design (expected-by-design.ts); never also failing. */
  readonly expected?: string;
}

export type TimelineDetail = Pick<TimelineEntry, 'lane' | 'to' | 'failing' | 'expected'>;

/** `+m:ss.mmm` (or `+h:mm:ss.mmm` past an hour) since the scenario began. */
export function formatOffset(ms: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const frac = pad(ms % 1000, 3);
  return h > 0 ? `+${h}:${pad(m)}:${pad(s)}.${frac}` : `+${m}:${pad(s)}.${frac}`;
}

/** The mark before a failing line of a timeline. */
export const failingMark = '✖';

/**
 * What happened in the fake world and in the client, in plain words, on virtual time.
 * Every line passes through `redact`, which the world sets to blank out every secret it holds.
 * People are named one way throughout: `name()` turns a Windows user name or a sign-in address into the person's name.
 */
export class Timeline {
  readonly entries: TimelineEntry[] = [];
  redact: (text: string) => string = (t) => t;
  readonly #names = new Map<string, string>();

  constructor(private readonly clock: VirtualClock) {}

  /** From now on, `windowsUser` and `address` are written as `name`. */
  callPerson(name: string, ...aliases: string[]): void {
    for (const a of aliases) this.#names.set(a.toLowerCase(), name);
  }

  /** The person's name for a Windows user name or sign-in address, also in "alice on PC1" (unchanged when nobody has it). */
  name(who: string): string {
    const direct = this.#names.get(who.toLowerCase());
    if (direct) return direct;
    const at = who.indexOf(' on ');
    const named = at > 0 ? this.#names.get(who.slice(0, at).toLowerCase()) : undefined;
    return named ? `${named}${who.slice(at)}` : who;
  }

  /** An event given as failing with an `expected` reason is a normal step: it is recorded as expected, not failing. */
  record(text: string, detail: TimelineDetail = {}): void {
    const { failing, expected, ...where } = detail;
    const marks = expected !== undefined ? { expected } : failing === true ? { failing } : {};
    this.entries.push({ at: this.clock.elapsed(), text: this.redact(text), ...where, ...marks });
  }

  format(): string {
    return this.entries.map((e) => `${formatOffset(e.at)} ${e.failing ? `${failingMark} ` : ''}${e.text}`).join('\n');
  }
}
