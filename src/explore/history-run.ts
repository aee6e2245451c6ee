import type { Driver } from '../drivers/driver';
import type { FakeWorld } from '../fakes';
import type { Cast } from './cast';
import type { CommandContext, Intent } from './command-spec';
import { commandSpec } from './command-specs';
import { compare, type SetAsideValues } from './compare';
import { uniform } from './corpus';
import { actionKind, seatState, worldState, type CoveragePoint } from './coverage';
import { actionCatalog } from './describe-field';
import { beforeAction, checkInvariants, InvariantMemory } from './invariants';
import { observe } from './observe';
import { perform, stepText, type Primitive } from './primitive';
import { Side } from './side';

/** The client a history is run against, next to the reference. */
export interface ClientUnderTest {
  /** For reports: "mutant delete-keeps-password", "python3 examples/python-client/client.py". */
  readonly name: string;
  /** A fresh driver for one history. */
  driver(): Driver;
  /** How the written-out scenario is run against it: a mutant of the reference, or a command over the protocol. */
  readonly verifyEnv: Readonly<Record<string, string>>;
  /**
   * Histories to run at once: a client over the protocol spends most of a history waiting for its processes to start,
   * so several histories overlap; in-process, one at a time.
   */
  readonly parallel?: number;
}

/** What went wrong at one step, in the words of the Then steps. */
export interface Finding {
  readonly kind: 'divergence' | 'invariant' | 'reference broke an invariant' | 'harness';
  /** Invariant name, or observed field plus catalog ID. */
  readonly key: string;
  readonly catalog: readonly string[];
  readonly words: string;
  /** Then steps stating the reference's outcome. */
  readonly then: readonly string[];
  /** The observed field (its key in the observation) of a divergence. */
  readonly field?: string;
}

export interface StepRecord {
  readonly primitive: Primitive;
  readonly text: string;
  /** Messages the reference put on screen during this step: [person, computer, text]. */
  readonly messages: readonly (readonly [string, string, string])[];
}

/** Raised inside a fast-check command to end the history at the first finding. */
export class HistoryFailed extends Error {
  constructor(readonly findings: readonly Finding[]) {
    super(findings.map((f) => `${f.key}: ${f.words}`).join('\n'));
  }
}

export interface RunOptions {
  /** Changes the subject's world only (to show the comparator at work). */
  readonly perturb?: (world: FakeWorld) => void | Promise<void>;
  /** Findings the client's expectations list as known divergences: counted, not failed on (a string: how to report it). */
  readonly allowed?: (f: Finding) => boolean | string;
  /**
   * Whether to pass over a command that applies, from the reference state, the command's name and a draw in [0, 1):
   * guided exploration passes over what earlier histories did often from the same state.
   */
  readonly passOver?: (state: string, command: string, draw: number) => boolean;
}

/** One history in two worlds from one seed: the client under test and the reference, compared after every action. */
export class HistoryRun {
  readonly steps: StepRecord[] = [];
  findings: readonly Finding[] = [];
  /** The commands performed, in order: with the cast, the history as data (a replay token, a corpus entry). */
  readonly performed: Intent[] = [];
  /** What each step reached in the reference world, for coverage. */
  readonly points: CoveragePoint[] = [];
  readonly #faultsOn = new Set<string>();
  /** Fields of known divergences, with both values when they were let through: compared from there on (compare.ts). */
  readonly #setAside = new Map<string, SetAsideValues>();
  readonly #memory = { subject: new InvariantMemory(), reference: new InvariantMemory() };

  private constructor(
    readonly seed: number,
    readonly cast: Cast,
    readonly subject: Side,
    readonly reference: Side,
    readonly options: RunOptions,
  ) {}

  /** Known divergences seen and let through, by key. */
  readonly allowedSeen = new Set<string>();

  static async create(seed: number, cast: Cast, client: ClientUnderTest, options: RunOptions = {}): Promise<HistoryRun> {
    const { InProcessDriver } = await import('../drivers/in-process-driver');
    const subject = await Side.create('subject', seed, cast, client.driver());
    const reference = await Side.create('reference', seed, cast, new InProcessDriver());
    await options.perturb?.(subject.fake);
    return new HistoryRun(seed, cast, subject, reference, options);
  }

  get context(): CommandContext {
    const ref = this.reference.fake;
    return {
      cast: this.cast,
      reference: this.reference,
      desktop: (person, computer) => {
        const pc = ref.computer(computer);
        const user = ref.person(person).windowsUser;
        return pc.sessions.has(user) ? ref.os.snapshot(pc, user) : null;
      },
    };
  }

  applies(intent: Intent): boolean {
    if (this.findings.length > 0 || !commandSpec(intent.command).applies(intent, this.context)) return false;
    const passOver = this.options.passOver;
    if (!passOver) return true;
    this.#considered++;
    return !passOver(this.state, intent.command, uniform(this.seed, this.#considered));
  }

  #considered = 0;
  #state: string | null = null;

  /** The reference world's state now, names left out (coverage.ts). */
  get state(): string {
    return (this.#state ??= this.#referenceState());
  }

  /** The commands performed, each with the reference state it started from: [state, command name]. */
  readonly choices: (readonly [string, string])[] = [];

  /** Runs one command, primitive by primitive; throws {@link HistoryFailed} at the first finding. */
  async perform(intent: Intent): Promise<void> {
    this.choices.push([this.state, intent.command]);
    this.performed.push(intent);
    for (const want of commandSpec(intent.command).plan(intent)) {
      const p = want(this.context);
      if (p === null) return;
      if (p === 'skip') continue;
      await this.step(p);
    }
  }

  async step(p: Primitive): Promise<void> {
    // The step marks Cucumber's BeforeStep writes: requests are timed from the start of their step.
    for (const side of [this.subject, this.reference]) side.fake.timeline.record(`▶ ${stepText(p)}`);
    beforeAction(this.subject, p, this.#memory.subject);
    beforeAction(this.reference, p, this.#memory.reference);
    const stateBefore = this.state;
    this.#state = null;
    const refError = await attempt(() => perform(this.reference, p));
    const subError = await attempt(() => perform(this.subject, p));
    const messages = this.#newMessages(this.reference);
    this.steps.push({ primitive: p, text: stepText(p), messages });
    if (p.t === 'fault') this.#faultsOn[p.on ? 'add' : 'delete'](p.id);
    const faults = [...this.#faultsOn].sort().join(', ') || 'none';
    const command = this.performed.length - 1;
    this.points.push({ before: stateBefore, action: actionKind(p), after: this.state, faults, command });
    const findings: Finding[] = [];
    if (refError)
      findings.push({
        kind: 'harness',
        key: 'harness',
        catalog: [],
        words: `the reference could not do "${stepText(p)}": ${refError}`,
        then: [],
      });
    else if (subError)
      findings.push({
        kind: 'divergence',
        key: 'action',
        catalog: p.t === 'desktop' && 'window' in p.action ? actionCatalog(p.action) : [],
        words: `the client under test: "${stepText(p)}" could not be done (${subError}); the reference: it could`,
        then: [],
      });
    const subjectObs = observe(this.subject, this.cast);
    const referenceObs = observe(this.reference, this.cast);
    for (const d of compare(subjectObs, referenceObs, this.cast, this.#setAside))
      findings.push({ kind: 'divergence', key: d.key, catalog: d.catalog, words: d.words, then: d.then ? [d.then] : [], field: d.id });
    for (const b of checkInvariants({ side: this.reference, cast: this.cast, primitive: p, memory: this.#memory.reference }))
      findings.push({
        kind: 'reference broke an invariant',
        key: b.name,
        catalog: b.catalog,
        words: `the reference: ${b.broken}`,
        then: [],
      });
    for (const b of checkInvariants({ side: this.subject, cast: this.cast, primitive: p, memory: this.#memory.subject }))
      findings.push({ kind: 'invariant', key: b.name, catalog: b.catalog, words: `the client under test: ${b.broken}`, then: [] });
    const allowed = this.options.allowed ?? (() => false);
    for (const f of findings) {
      const label = allowed(f);
      if (label === false) continue;
      this.allowedSeen.add(typeof label === 'string' ? label : `${f.key} (${f.catalog.join(', ')})`);
      if (f.field) this.#setAside.set(f.field, { subject: subjectObs.get(f.field), reference: referenceObs.get(f.field) });
    }
    const failing = findings.filter((f) => allowed(f) === false);
    if (failing.length > 0) {
      this.findings = failing;
      throw new HistoryFailed(failing);
    }
  }

  /** The reference world's state, names left out (coverage.ts). */
  #referenceState(): string {
    const f = this.reference.fake;
    const seats: string[] = [];
    for (const computer of this.cast.computers)
      for (const person of this.cast.people) {
        const pc = f.computer(computer);
        const user = f.person(person).windowsUser;
        const processes = pc.running(user).length;
        const snap = pc.sessions.has(user) ? f.os.snapshot(pc, user) : null;
        if (snap !== null || processes > 0) seats.push(seatState(snap, processes));
      }
    return worldState(seats);
  }

  readonly #messagesSeen = new WeakMap<object, number>();

  /** Messages put on any desktop of the world since the last call. */
  #newMessages(side: Side): [string, string, string][] {
    const out: [string, string, string][] = [];
    for (const c of side.fake.computers.values())
      for (const s of c.sessions.values()) {
        const person = this.cast.people.find((p) => p.toLowerCase() === s.windowsUser) ?? s.windowsUser;
        const seen = this.#messagesSeen.get(s.desktop) ?? 0;
        for (const m of s.desktop.messagesShown.slice(seen)) out.push([person, c.name, m]);
        this.#messagesSeen.set(s.desktop, s.desktop.messagesShown.length);
      }
    return out;
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subject.stop(), this.reference.stop()]);
  }
}

async function attempt(f: () => Promise<void>): Promise<string | null> {
  try {
    await f();
    return null;
  } catch (e) {
    return e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
  }
}
