import fc from 'fast-check';
import { castArbitrary, type Cast } from './cast';
import { commandSpecs } from './command-specs';
import { ExploreCommand } from './explore-command';
import { HistoryFailed, HistoryRun, type ClientUnderTest, type Finding } from './history-run';
import { writeScenario, type WrittenScenario } from './scenario-writer';

export interface ExploreOptions {
  readonly client: ClientUnderTest;
  /** Histories in the whole exploration (all shards together). */
  readonly runs: number;
  readonly seed: number;
  /** This shard's share: histories h with h mod count = index. */
  readonly shard?: { readonly index: number; readonly count: number };
  readonly maxCommands?: number;
  /** Replays one history exactly: its number and fast-check's replay path. */
  readonly replay?: { readonly history: number; readonly path: string };
  /** Stop at the first finding (default) or explore every history. */
  readonly all?: boolean;
  readonly onProgress?: (done: number, total: number, found: number) => void;
  readonly allowed?: (f: Finding) => boolean;
  /** Real time (ms since the epoch) after which no further history starts: only for bounded checks, never for reports. */
  readonly deadline?: number;
}

export interface HistoryFinding {
  readonly history: number;
  /** The seed of this history's two worlds and of fast-check's generation. */
  readonly seed: number;
  /** fast-check's replay path of the shrunk counterexample. */
  readonly path: string;
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
}

/** The seed of history h of an exploration: every shard computes the same one. */
export function historySeed(seed: number, h: number): number {
  let x = (seed ^ Math.imul(h + 1, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  return (x ^ (x >>> 13)) >>> 0;
}

function commandsFor(cast: Cast, maxCommands: number): fc.Arbitrary<Iterable<fc.AsyncCommand<{ run: HistoryRun }, HistoryRun>>> {
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

async function runCommands(
  seed: number,
  cast: Cast,
  opening: readonly ExploreCommand[],
  cmds: Iterable<ExploreCommand>,
  options: ExploreOptions,
): Promise<HistoryRun> {
  const run = await HistoryRun.create(seed, cast, options.client, { allowed: options.allowed });
  try {
    for (const c of [...opening, ...cmds]) if (c.check({ run })) await c.run({ run }, run);
  } catch (e) {
    if (!(e instanceof HistoryFailed)) throw e;
  } finally {
    await run.close();
  }
  return run;
}

/** Runs one history (and shrinks it when something is found). */
export async function exploreHistory(
  options: ExploreOptions,
  h: number,
  path?: string,
  known: Set<string> = new Set(),
): Promise<{ finding: HistoryFinding | null; commands: number }> {
  const seed = historySeed(options.seed, h);
  const maxCommands = options.maxCommands ?? 40;
  let commands = 0;
  const property = fc.asyncProperty(historyArbitrary(maxCommands), async ([cast, opening, cmds]) => {
    const run = await HistoryRun.create(seed, cast, options.client, { allowed: options.allowed });
    try {
      for (const c of opening) if (c.check({ run })) await c.run({ run }, run);
      await fc.asyncModelRun(() => ({ model: { run }, real: run }), cmds);
    } finally {
      commands = Math.max(commands, run.steps.length);
      for (const k of run.allowedSeen) known.add(k);
      await run.close();
    }
  });
  const out = await fc.check(property, { seed, numRuns: 1, ...(path ? { path } : {}), endOnFailure: false });
  if (!out.failed || !out.counterexample) return { finding: null, commands };
  const [cast, opening, cmds] = out.counterexample[0];
  const replayed = await runCommands(seed, cast, opening, cmds as Iterable<ExploreCommand>, options);
  if (replayed.findings.length === 0) {
    const why = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
    const finding: Finding = {
      kind: 'harness',
      key: 'harness',
      catalog: [],
      words: `the history failed outside a comparison: ${why}`,
      then: [],
    };
    return {
      finding: {
        history: h,
        seed,
        path: out.counterexamplePath ?? '',
        findings: [finding],
        scenario: { gherkin: '', checkable: false },
        steps: 0,
      },
      commands,
    };
  }
  const first = replayed.findings[0] as Finding;
  const origin = `explored: client ${options.client.name}, seed ${options.seed}, history ${h} (seed ${seed}), replay with --seed ${options.seed} --replay ${h}:${out.counterexamplePath ?? ''}`;
  const scenario = writeScenario(replayed, `${first.key}: ${first.words}`.replace(/\s+/g, ' ').slice(0, 200), origin);
  return {
    finding: { history: h, seed, path: out.counterexamplePath ?? '', findings: replayed.findings, scenario, steps: replayed.steps.length },
    commands,
  };
}

/** The whole exploration (or this shard of it): deterministic for a seed, history by history. */
export async function explore(options: ExploreOptions): Promise<ExploreResult> {
  const shard = options.shard ?? { index: 1, count: 1 };
  const histories = options.replay
    ? [options.replay.history]
    : Array.from({ length: options.runs }, (_, h) => h).filter((h) => h % shard.count === shard.index - 1);
  const found: HistoryFinding[] = [];
  const done: number[] = [];
  let commands = 0;
  const known = new Set<string>();
  for (const h of histories) {
    const r = await exploreHistory(options, h, options.replay?.path, known);
    done.push(h);
    commands += r.commands;
    if (r.finding) found.push(r.finding);
    options.onProgress?.(done.length, histories.length, found.length);
    if (found.length > 0 && !options.all) break;
    if (options.deadline !== undefined && Date.now() > options.deadline) break;
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
  };
}
