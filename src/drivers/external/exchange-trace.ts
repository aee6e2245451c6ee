import { blankSecrets, platformMethods, wireEvent, type PlatformMethod, type WireEvent } from '../../protocol';
import { defaultAssumptions, type ClientView } from '../../simulator';
import { unrenderedTarget } from './unrendered-target';

/** One scenario's exchange as recorded: step marks (`▶ step`) and messages (`P1 → user.click {...}`), in order. */
export interface RecordedExchange {
  readonly uri: string;
  readonly line: number;
  readonly scenario: string;
  readonly exchange: readonly string[];
}

/** Who a process is, as the exchange names it. */
export interface TracedProcess {
  readonly computer: string;
  readonly windowsUser: string;
  readonly version: string;
}

const stepMark = '▶ ';

/**
 * Records what one scenario's client processes and the harness said to each other, normalised so that two clients'
 * exchanges compare by shape and order: secrets blanked (by the schemas), request ids and session ids renumbered in
 * order of first use, no process ids, no `client/screen`. Also the guard that the harness sends no user action on a
 * control the client's own last `desktop.render` did not show.
 */
export class ExchangeTrace {
  readonly #lines: string[] = [];
  readonly #views = new Map<number, ClientView>();
  readonly #requestIds = new Map<string, number>();
  readonly #sessions = new Map<string, string>();
  #processes = 0;
  #step: string | null = null;

  constructor(private readonly redact: (text: string) => string = (t) => t) {}

  get lines(): readonly string[] {
    return this.#lines;
  }

  /**
   * A new client process: returns its number in this scenario (P1, P2, ...). The exchange names the assumptions
   * (SIGNIN_ASSUMPTIONS) that differ from the defaults, as `assumptions`, so a scenario that switches one says so.
   */
  started(who: TracedProcess, assumptionsJson: string | undefined, step: string | null): number {
    const n = ++this.#processes;
    const switched = switchedAssumptions(assumptionsJson);
    const fields = { computer: who.computer, windowsUser: who.windowsUser, version: who.version };
    this.#add(n, '→', 'initialize', Object.keys(switched).length > 0 ? { ...fields, assumptions: switched } : fields, step);
    return n;
  }

  /** An event the harness delivers; throws when it is a user action on something the process did not render. */
  delivered(n: number, event: WireEvent, step: string | null): void {
    const problem = unrenderedTarget(this.#views.get(n) ?? null, event);
    if (problem) throw new Error(`${problem}. It did not: the harness sends actions only on what the client rendered.`);
    const blanked = blankSecrets(wireEvent, event) as Record<string, unknown>;
    const { type, ...fields } = blanked;
    if (type === 'net.response') fields['requestId'] = this.#requestId(n, fields['requestId']);
    this.#add(n, '→', String(type), this.#sessionIds(fields), step);
  }

  /** A platform call the process made (its params already fit the schema). */
  called(n: number, method: PlatformMethod, params: unknown, step: string | null): void {
    if (method === 'desktop.render') this.#views.set(n, (params as { view: ClientView }).view);
    const blanked = blankSecrets(platformMethods[method].params, params) as Record<string, unknown>;
    if (method === 'net.request') blanked['requestId'] = this.#requestId(n, blanked['requestId']);
    this.#add(n, '←', method, this.#sessionIds(blanked), step);
  }

  /** The exchange, for a trace file, settled ({@link settleExchange}). */
  recorded(uri: string, line: number, scenario: string): RecordedExchange {
    return { uri, line, scenario, exchange: settleExchange(this.#lines) };
  }

  #add(n: number, direction: '→' | '←', what: string, fields: unknown, step: string | null): void {
    if (step !== null && step !== this.#step) this.#lines.push(`${stepMark}${step}`);
    this.#step = step ?? this.#step;
    this.#lines.push(this.redact(`P${n} ${direction} ${what} ${JSON.stringify(fields)}`));
  }

  #requestId(n: number, id: unknown): number {
    const key = `${n}:${String(id)}`;
    const known = this.#requestIds.get(key);
    if (known !== undefined) return known;
    const next = this.#requestIds.size + 1;
    this.#requestIds.set(key, next);
    return next;
  }

  /** Session ids come from the fake service: named by order of first appearance, at any depth. */
  #sessionIds(value: Record<string, unknown>): Record<string, unknown> {
    const walk = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(walk);
      if (typeof v !== 'object' || v === null) return v;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = k === 'sessionId' && typeof x === 'string' ? this.#session(x) : walk(x);
      return out;
    };
    return walk(value) as Record<string, unknown>;
  }

  #session(id: string): string {
    const known = this.#sessions.get(id);
    if (known !== undefined) return known;
    const name = `«session ${this.#sessions.size + 1}»`;
    this.#sessions.set(id, name);
    return name;
  }
}

/** The assumptions of SIGNIN_ASSUMPTIONS whose values differ from the defaults. */
function switchedAssumptions(json: string | undefined): Record<string, unknown> {
  if (!json) return {};
  const given = JSON.parse(json) as Record<string, unknown>;
  const defaults = defaultAssumptions as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(given).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(defaults[k])));
}

const settledLine = /^(P\d+) ← (desktop\.render|sdk\.state) /;
const exitLine = /^(P\d+) ← process\.exit /;

/**
 * The exchange as the harness can tell it apart. Within the handling of one request (up to the next `→` or step
 * mark) the calls a client makes compare as a set: they are listed in text order, however the client ordered them.
 * What the process shows (`desktop.render`) and reports to SDK applications (`sdk.state`) counts as it is once the
 * request is answered: only the last of each, only when it differs from what the process showed before, after the
 * other calls; and no render in a request that calls `process.exit` (the harness clears an ended process's windows).
 */
export function settleRenders(lines: readonly string[]): string[] {
  const out: string[] = [];
  let calls: string[] = [];
  const pending = new Map<string, string>();
  const shown = new Map<string, string>();
  const exited = new Set<string>();
  const flush = (): void => {
    out.push(...calls.sort());
    for (const [key, line] of pending) {
      if (shown.get(key) === line || (line.includes(' ← desktop.render ') && exited.has(key.split(' ')[0] ?? ''))) continue;
      out.push(line);
      shown.set(key, line);
    }
    calls = [];
    pending.clear();
    exited.clear();
  };
  for (const line of lines) {
    const settled = settledLine.exec(line);
    if (settled) {
      const key = `${settled[1] ?? ''} ${settled[2] ?? ''}`;
      pending.delete(key);
      pending.set(key, line);
      continue;
    }
    if (line.startsWith('▶ ') || / → /.test(line.slice(0, 8))) {
      flush();
      out.push(line);
      continue;
    }
    const exit = exitLine.exec(line);
    if (exit) exited.add(exit[1] ?? '');
    calls.push(line);
  }
  flush();
  return out;
}

/** Leaves out the calls that change nothing: a `timer.clear` of a timer that is not set (clients differ in these). */
const timerLine = /^(P\d+) ([→←]) (timer\.set|timer\.fired|timer\.clear) (.*)$/;

export function dropNoOps(lines: readonly string[]): string[] {
  const timers = new Map<string, Set<string>>();
  return lines.filter((line) => {
    const m = timerLine.exec(line);
    if (!m) return true;
    const [, p = '', , what, json = '{}'] = m;
    const fields = JSON.parse(json) as { name?: string };
    const set = timers.get(p) ?? new Set<string>();
    timers.set(p, set);
    switch (what) {
      case 'timer.set':
        set.add(String(fields.name));
        return true;
      case 'timer.fired':
        set.delete(String(fields.name));
        return true;
      default:
        return set.delete(String(fields.name));
    }
  });
}

/** The exchange as compared: renders settled, no-op calls left out. */
export const settleExchange = (lines: readonly string[]): string[] => dropNoOps(settleRenders(lines));
