import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { catalog } from '../catalog/behaviours';
import { parseMessages } from '../report/read-messages';
import { renderMarkdown } from '../report/render-markdown';
import { summarize } from '../report/summarize';
import { compareResults } from './compare-results';
import { parseExpectations, readExpectations, type Expectations } from './expectations';
import { gateVersionLine } from './gate-version';
import { renderGate } from './render-gate';
import type { GateRun } from './run-gate';
import { scenarioResults } from './scenario-results';
import type { Shard } from './shard';
import { withHeader } from './write-gate-reports';

export const mergeUsage = `Usage: signin-sim-gate merge <shard report folder>... [--out <dir>] [--expect <expectations.json>]

Merges the reports of the shards of one gate run (--shard i/n) into one verdict and one conformance.md.
The expectations are those the shards copied (expectations.json), unless --expect names a file.`;

interface ShardRun {
  readonly dir: string;
  readonly name: string;
  readonly shard: Shard | null;
  readonly filtered: boolean;
  readonly envelopes: Envelope[];
  readonly expectations: Expectations | null;
}

function readShard(dir: string): ShardRun {
  const file = (f: string) => path.join(dir, f);
  if (!existsSync(file('messages.ndjson')) || !existsSync(file('run.json')))
    throw new Error(`${dir} holds no gate run (messages.ndjson and run.json)`);
  const run = JSON.parse(readFileSync(file('run.json'), 'utf8')) as { column?: string; shard?: Shard | null; filtered?: boolean };
  return {
    dir,
    name: (run.column ?? dir).replace(/^External client: /, ''),
    shard: run.shard ?? null,
    filtered: run.filtered ?? true,
    envelopes: parseMessages(readFileSync(file('messages.ndjson'), 'utf8'), file('messages.ndjson')),
    expectations: existsSync(file('expectations.json'))
      ? parseExpectations(JSON.parse(readFileSync(file('expectations.json'), 'utf8')), file('expectations.json'))
      : null,
  };
}

/** Every shard of one count, each once: else the merge would judge a part of the run as the whole. */
function checkShards(runs: readonly ShardRun[]): void {
  const count = runs[0]?.shard?.count;
  for (const r of runs)
    if (!r.shard || r.shard.count !== count)
      throw new Error(`${r.dir} is not a shard of ${count ?? 'n'} (run with --shard i/${count ?? 'n'})`);
  const seen = new Set(runs.map((r) => r.shard?.index));
  if (seen.size !== runs.length) throw new Error('a shard is given twice');
  const missing = Array.from({ length: count ?? 0 }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new Error(`shard ${missing.map((i) => `${i}/${count}`).join(', ')} missing`);
}

/** `signin-sim-gate merge <dirs...>`: the verdict of the shards together, as the unsharded run would give it. */
export function mergeShards(argv: readonly string[], callerDir: string): GateRun {
  const dirs: string[] = [];
  let out: string | null = null;
  let expect: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      console.log(mergeUsage);
      return { code: 0, tally: null };
    }
    if (arg === '--out' || arg === '--expect') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a value\n\n${mergeUsage}`);
      if (arg === '--out') out = path.resolve(callerDir, value);
      else expect = path.resolve(callerDir, value);
    } else if (arg.startsWith('-')) throw new Error(`unknown argument "${arg}"\n\n${mergeUsage}`);
    else dirs.push(path.resolve(callerDir, arg));
  }
  if (dirs.length === 0) throw new Error(`name the shards' report folders\n\n${mergeUsage}`);
  const runs = dirs.map(readShard);
  checkShards(runs);
  const expectations = expect ? readExpectations(expect) : (runs[0]?.expectations ?? { knownDeviations: [] });
  const name = expectations.client ?? runs[0]?.name ?? 'client';
  const results = runs.flatMap((r) => scenarioResults(r.envelopes));
  const outcome = compareResults(
    results,
    expectations.knownDeviations,
    runs.every((r) => !r.filtered),
  );
  const dir = out ?? path.join(path.dirname(dirs[0] ?? callerDir), 'merged');
  mkdirSync(dir, { recursive: true });
  const column = `External client: ${name}`;
  const summary = summarize([{ column, profile: path.basename(dir), envelopes: runs.flatMap((r) => r.envelopes), expectations }], catalog);
  writeFileSync(
    path.join(dir, 'conformance.md'),
    withHeader(renderMarkdown(summary), `Gate: ${gateVersionLine()}; ${runs.length} shards merged.`),
  );
  writeFileSync(
    path.join(dir, 'verdict.json'),
    JSON.stringify(
      {
        client: name,
        shards: dirs,
        passed: outcome.passed,
        failed: outcome.failed,
        verdicts: outcome.judged.map((j) => ({ scenario: j.result.name, verdict: j.verdict })),
      },
      null,
      2,
    ),
  );
  console.log(renderGate({ name, outcome, expectFile: expect, out: dir, before: [`Merged ${runs.length} shards: ${dirs.join(', ')}`] }));
  return { code: outcome.failed === 0 ? 0 : 1, tally: null };
}
