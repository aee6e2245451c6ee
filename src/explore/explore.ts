import fc from 'fast-check';
import { castArbitrary, type Cast } from './cast';
import type { Intent } from './command-spec';
import { commandSpecs } from './command-specs';
import { Corpus, uniform, type GuidedBase } from './corpus';
import { Coverage, type CoverageFigure, type CoveragePoint, type Reached } from './coverage';
import { ExploreCommand } from './explore-command';
import { HistoryFailed, HistoryRun, type ClientUnderTest, type Finding, type RunOptions } from './history-run';
import { prefixArbitrary } from './prefix-arbitrary';
import { readReplayToken, replayToken, type HistoryData } from './replay-token';
import { writeScenario, type WrittenScenario } from './scenario-writer';

export interface ExploreOptions {
  readonly client: ClientUnderTest;
  /** Histories in the whole exploration (all shards together): an upper bound when a time budget is given. */
  readonly runs: number;
  readonly seed: number;
  /** This shard's share: histories h with h mod count = index. */
  readonly shard?: { readonly index: number; readonly count: number };
  readonly maxCommands?: number;
  /** Runs one history again exactly, from the token of its finding (no shrinking). */
  readonly replay?: { readonly history: number; readonly token: string };
  /** Stop at the first finding (default) or explore every history. */
  readonly all?: boolean;
  readonly onProgress?: (done: number, total: number, found: number) => void;
  readonly allowed?: RunOptions['allowed'];
  /** No history starts once this much time has passed on `now` (a time budget, `--explore-for`). */
  readonly budgetMs?: number;
  /** The clock of the budget (ms): injected by tests, `Date.now` otherwise. */
  readonly now?: () => number;
  /** Grow histories from the corpus of those that reached new ground (default), or draw every one afresh. */
  readonly guided?: boolean;
  /** Histories run at once (default: the client's own `parallel`, else 1). */
  readonly parallel?: number;
}

export interface HistoryFinding {
  readonly history: number;
  /** The seed of this history's two worlds. */
  readonly seed: number;
  /** The shrunk history as data, for `--replay <history>:<token>`. */
  readonly token: string;
  readonly findings: readonly Finding[];
  readonly scenario: WrittenScenario;
  readonly steps: number;
}

export interface ExploreResult {
  readonly client: string;
  readonly seed: number;
  readonly runs: number;
  readonly shard: string;
  readonly histories: number[];
  readonly commands: number;
  readonly found: HistoryFinding[];
  /** Known divergences (from the expectations file) that exploration met and let through. */
  readonly known: string[];
  /** Distinct reference states, transitions and fault combinations the histories reached. */
  readonly coverage: CoverageFigure;
  readonly reached: Reached;
  /** How many histories were grown from the corpus. */
  readonly guided: number;
  /** Why exploration stopped before its last history: the time budget ran out. */
  readonly stopped?: 'budget';
}

/** The seed of history h of an exploration: every shard computes the same one. */
export function historySeed(seed: number, h: number): number {
  let x = (seed ^ Math.imul(h + 1, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  return (x ^ (x >>> 13)) >>> 0;
}

type Commands = Iterable<fc.AsyncCommand<{ run: HistoryRun }, HistoryRun>>;

function commandsFor(cast: Cast, maxCommands: number): fc.Arbitrary<Commands> {
  const arbs = commandSpecs.flatMap((s) => Array.from({ length: s.weight }, () => s.intents(cast).map((i) => new ExploreCommand(i))));
  return fc.commands(arbs, { maxCommands, size: 'max' });
}

/** Up to two faults switched on before anything else, so that histories often meet a fault at sign-in. */
const openingFaults = (cast: Cast) =>
  fc.array(
    fc.oneof(...commandSpecs.filter((s) => s.name.startsWith('fault ')).map((s) => s.intents(cast).map((i) => new ExploreCommand(i)))),
    { maxLength: 2 },
  );

/** A history: its cast, up to two opening faults, then up to `maxCommands` commands. */
export const historyArbitrary = (maxCommands: number) =>
  castArbitrary.chain((cast) => fc.tuple(fc.constant(cast), openingFaults(cast), commandsFor(cast, maxCommands)));

/** A guided history: a corpus history's cast and first commands (shrinkable), then fresh commands. */
const guidedArbitrary = (base: GuidedBase, maxCommands: number) =>
  fc.tuple(
    fc.constant(base.cast),
    prefixArbitrary(base.prefix.map((i) => new ExploreCommand(i))),
    commandsFor(base.cast, Math.max(10, maxCommands - base.prefix.length)),
  );

async function runCommands(
  seed: number,
  data: HistoryData,
  options: ExploreOptions,
  passOver?: RunOptions['passOver'],
): Promise<HistoryRun> {
  const run = await HistoryRun.create(seed, data.cast, options.client, { allowed: options.allowed, passOver });
  try {
    for (const c of data.intents.map((i) => new ExploreCommand(i))) if (c.check({ run })) await c.run({ run }, run);
  } catch (e) {
    if (!(e instanceof HistoryFailed)) throw e;
  } finally {
    await run.close();
  }
  return run;
}

/** The intents of generated commands (fast-check wraps those of a model run: `cmd` is the command itself). */
const intentsOf = (cmds: Iterable<unknown>): Intent[] =>
  [...cmds]
    .map((c) => (c instanceof ExploreCommand ? c : (c as { cmd?: unknown }).cmd))
    .filter((c) => c instanceof ExploreCommand)
    .map((c) => c.intent);

/** The finding of a history that was run again from data: its scenario written from the replayed run. */
function findingOf(options: ExploreOptions, h: number, seed: number, replayed: HistoryRun, why: string): HistoryFinding {
  const token = replayToken({ cast: replayed.cast, intents: replayed.performed });
  if (replayed.findings.length === 0) {
    const finding: Finding = { kind: 'harness', key: 'harness', catalog: [], words: why, then: [] };
    return { history: h, seed, token, findings: [finding], scenario: { gherkin: '', checkable: false }, steps: 0 };
  }
  const first = replayed.findings[0] as Finding;
  const origin = `explored: client ${options.client.name}, seed ${options.seed}, history ${h} (seed ${seed}), replay with --seed ${options.seed} --replay ${h}:${token}`;
  const scenario = writeScenario(replayed, `${first.key}: ${first.words}`.replace(/\s+/g, ' ').slice(0, 200), origin);
  return { history: h, seed, token, findings: replayed.findings, scenario, steps: replayed.steps.length };
}

/** What one history reached: the commands that ran in its first (unshrunk) run, and its coverage points. */
export interface HistoryReach {
  readonly data: HistoryData;
  readonly points: readonly CoveragePoint[];
  readonly choices: readonly (readonly [string, string])[];
}

/** A command done this often from one state is passed over more and more (at 4 times: never, at 40: 9 in 10). */
export const wellTrodden = (coverage: Coverage) => (state: string, command: string, draw: number) => {
  const n = coverage.tried(state, command);
  return n > trodden && draw < 1 - trodden / n;
};
const trodden = 4;

/** Runs one history (and shrinks it when something is found); `base` grows it from a corpus history. */
export async function exploreHistory(
  options: ExploreOptions,
  h: number,
  known: Set<string> = new Set(),
  base: GuidedBase | null = null,
  passOver?: RunOptions['passOver'],
): Promise<{ finding: HistoryFinding | null; commands: number; reach: HistoryReach | null }> {
  const seed = historySeed(options.seed, h);
  const maxCommands = options.maxCommands ?? 40;
  let commands = 0;
  let reach: HistoryReach | null = null;
  // Guided, a history passes over well-trodden commands: it is given twice as many to choose from.
  const drawn = passOver ? maxCommands * 2 : maxCommands;
  const arbitrary = base ? guidedArbitrary(base, drawn) : historyArbitrary(drawn);
  const property = fc.asyncProperty(arbitrary, async ([cast, opening, cmds]) => {
    const run = await HistoryRun.create(seed, cast, options.client, { allowed: options.allowed, passOver });
    try {
      for (const c of opening) if (c.check({ run })) await c.run({ run }, run);
      await fc.asyncModelRun(() => ({ model: { run }, real: run }), cmds);
    } finally {
      commands = Math.max(commands, run.steps.length);
      // The first run is the history as generated; the ones after it are fast-check's shrinking.
      reach ??= { data: { cast, intents: run.performed }, points: run.points, choices: run.choices };
      for (const k of run.allowedSeen) known.add(k);
      await run.close();
    }
  });
  const out = await fc.check(property, { seed, numRuns: 1, endOnFailure: false });
  if (!out.failed || !out.counterexample) return { finding: null, commands, reach };
  const [cast, opening, cmds] = out.counterexample[0];
  const data = { cast, intents: [...intentsOf(opening), ...intentsOf(cmds as Iterable<unknown>)] };
  const replayed = await runCommands(seed, data, options, passOver);
  const why = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
  return { finding: findingOf(options, h, seed, replayed, `the history failed outside a comparison: ${why}`), commands, reach };
}

/** Runs a finding's history again from its token, step for step, with no generation and no shrinking. */
export async function replayHistory(options: ExploreOptions, h: number, token: string, known: Set<string> = new Set()) {
  const seed = historySeed(options.seed, h);
  const replayed = await runCommands(seed, readReplayToken(token), options);
  for (const k of replayed.allowedSeen) known.add(k);
  const finding = replayed.findings.length ? findingOf(options, h, seed, replayed, '') : null;
  const reach = { data: readReplayToken(token), points: replayed.points, choices: replayed.choices };
  return { finding, commands: replayed.steps.length, reach };
}

const guidedShare = 0.25;

/** Whether history h is grown from the corpus, and from where: a quarter of them once the corpus holds something. */
function guidedBase(options: ExploreOptions, corpus: Corpus, h: number): GuidedBase | null {
  if (options.guided === false) return null;
  const seed = historySeed(options.seed, h);
  return uniform(seed, 1) < guidedShare ? corpus.pick(uniform(seed, 2), uniform(seed, 3)) : null;
}

/**
 * The whole exploration (or this shard of it): deterministic for a seed, history by history. Histories that reach new
 * reference states, transitions or fault combinations join the corpus that later histories grow from.
 */
export async function explore(options: ExploreOptions): Promise<ExploreResult> {
  const shard = options.shard ?? { index: 1, count: 1 };
  const now = options.now ?? Date.now;
  const started = now();
  const total = options.replay ? 1 : Math.ceil((options.runs - (shard.index - 1)) / shard.count);
  const found: HistoryFinding[] = [];
  const done: number[] = [];
  const coverage = new Coverage();
  const corpus = new Corpus();
  let commands = 0;
  let guided = 0;
  let stopped: 'budget' | undefined;
  const known = new Set<string>();
  const passOver = options.guided === false ? undefined : wellTrodden(coverage);
  const wanted = options.replay
    ? [options.replay.history]
    : Array.from({ length: Math.max(0, total) }, (_, i) => shard.index - 1 + i * shard.count);
  // Histories run `parallel` at a time; each batch is guided by what the batches before it reached, and its results
  // are taken in history order, so the same seed and the same `parallel` give the same run.
  const parallel = Math.max(1, options.parallel ?? options.client.parallel ?? 1);
  for (let i = 0; i < wanted.length; i += parallel) {
    if (options.budgetMs !== undefined && done.length > 0 && now() - started >= options.budgetMs) {
      stopped = 'budget';
      break;
    }
    const batch = wanted.slice(i, i + parallel).map((h) => ({ h, base: options.replay ? null : guidedBase(options, corpus, h) }));
    const results = await Promise.all(
      batch.map(({ h, base }) =>
        options.replay ? replayHistory(options, h, options.replay.token, known) : exploreHistory(options, h, known, base, passOver),
      ),
    );
    let stop = false;
    results.forEach((r, j) => {
      if (stop) return;
      const { h, base } = batch[j] as (typeof batch)[number];
      if (base) guided++;
      done.push(h);
      commands += r.commands;
      if (r.reach) {
        const { gain, frontier } = coverage.add(r.reach.points);
        coverage.addChoices(r.reach.choices);
        corpus.add({ cast: r.reach.data.cast, intents: r.reach.data.intents, gain, frontier });
      }
      if (r.finding) found.push(r.finding);
      options.onProgress?.(done.length, total, found.length);
      stop = found.length > 0 && !options.all;
    });
    if (stop) break;
  }
  return {
    client: options.client.name,
    seed: options.seed,
    runs: options.runs,
    shard: `${shard.index}/${shard.count}`,
    histories: done,
    commands,
    found,
    known: [...known].sort(),
    coverage: coverage.figure(),
    reached: coverage.reached(),
    guided,
    ...(stopped ? { stopped } : {}),
  };
}
