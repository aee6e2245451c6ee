#!/usr/bin/env node
// npm run explore -- [--client "<cmd>" | --mutant <name> | --protocol] [--runs N] [--explore-for 5m] [--seed S]
//                    [--replay <history>:<token>] [--shard i/n] [--all] [--unguided] [--parallel N] [--out <file>] [--merge <file>...]
// Generated histories in two fake worlds, the client under test against the reference client; see docs/exploration.md.
require('./register-ts');
const fs = require('node:fs');
const path = require('node:path');
const { explore } = require('../src/explore/explore');
const { externalClient, referenceInProcess } = require('../src/explore/clients');
const { mutantClient } = require('../mutants/mutant-client');
const { renderResult, mergeResults } = require('../src/explore/render-result');
const { verifyFinding } = require('../src/explore/verify-finding');
const { readKnownDivergences, isKnown } = require('../src/explore/known-divergences');
const { writeTally } = require('./tally');
const { parseCommandLine, runCommand, UsageError, wholeNumber } = require('./command-line');
const { parseSeed } = require('../src/runtime/seed');
const { parseTimeBudget } = require('../src/explore/time-budget');
const { readReplayToken } = require('../src/explore/replay-token');

const usage =
  'npm run explore -- [--client "<cmd>" | --mutant <name> | --protocol] [--runs N] [--explore-for 5m] [--seed S] ' +
  '[--replay <history>:<token>] [--shard i/n] [--all] [--unguided] [--parallel N] [--out <file>] [--merge <file>...]';

/**
 * @typedef {object} ExploreOptions
 * @property {number} runs
 * @property {number} seed
 * @property {boolean} all
 * @property {string[]} merge
 * @property {string | null} tally
 * @property {string} [client]
 * @property {string} [mutant]
 * @property {boolean} [protocol]
 * @property {number} [maxCommands]
 * @property {{ history: number, token: string }} [replay]
 * @property {number} [budgetMs]
 * @property {boolean} [unguided]
 * @property {number} [parallel]
 * @property {{ index: number, count: number }} [shard]
 * @property {string} [out]
 * @property {boolean} [noVerify]
 * @property {string} [expect]
 */

/** @param {readonly string[]} argv */
function parse(argv) {
  const { values: v, positionals } = parseCommandLine(
    usage,
    {
      options: {
        client: { type: 'string' },
        mutant: { type: 'string' },
        protocol: { type: 'boolean' },
        runs: { type: 'string' },
        'explore-for': { type: 'string' },
        unguided: { type: 'boolean' },
        parallel: { type: 'string' },
        seed: { type: 'string' },
        'max-commands': { type: 'string' },
        replay: { type: 'string' },
        shard: { type: 'string' },
        all: { type: 'boolean' },
        out: { type: 'string' },
        tally: { type: 'string' },
        merge: { type: 'boolean' },
        'no-verify': { type: 'boolean' },
        expect: { type: 'string' },
      },
      // --merge a.json b.json ...: the files to merge follow it.
      positionals: [0, Infinity],
    },
    argv,
  );
  if (positionals.length > 0 && !v.merge) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])} (usage: ${usage})`);
  if (v.merge && positionals.length === 0) throw new UsageError(`--merge needs the files to merge (usage: ${usage})`);
  const o = {
    client: v.client,
    mutant: v.mutant,
    protocol: v.protocol ?? false,
    // With a time budget and no --runs, the budget ends the run (the bound only keeps the loop finite).
    runs: v.runs === undefined ? (v['explore-for'] === undefined ? 100 : 1_000_000) : wholeNumber(v.runs, '--runs', { min: 1 }),
    budgetMs: v['explore-for'] === undefined ? undefined : budgetOption(v['explore-for']),
    unguided: v.unguided ?? false,
    parallel: v.parallel === undefined ? undefined : wholeNumber(v.parallel, '--parallel', { min: 1 }),
    seed: v.seed === undefined ? 1 : seedOption(v.seed),
    maxCommands: v['max-commands'] === undefined ? undefined : wholeNumber(v['max-commands'], '--max-commands', { min: 1 }),
    all: v.all ?? false,
    out: v.out,
    tally: v.tally ?? null,
    merge: v.merge ? positionals : [],
    noVerify: v['no-verify'] ?? false,
    expect: v.expect,
  };
  if (v.replay !== undefined) {
    const m = /^(\d+):([\w-]+)$/.exec(v.replay);
    if (!m) throw new UsageError(`--replay needs <history>:<token> as a finding prints it, not ${JSON.stringify(v.replay)}`);
    o.replay = { history: wholeNumber(m[1] ?? '', 'the history of --replay'), token: m[2] ?? '' };
    try {
      readReplayToken(o.replay.token);
    } catch (error) {
      throw new UsageError(`--replay: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (v.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(v.shard);
    const [index, count] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
    if (!(index >= 1 && count >= index)) throw new UsageError(`--shard needs i/n with 1 <= i <= n, not ${JSON.stringify(v.shard)}`);
    o.shard = { index, count };
  }
  if (o.mutant !== undefined && (o.client !== undefined || o.protocol))
    throw new UsageError(`--mutant runs in-process: not with --client or --protocol (usage: ${usage})`);
  return o;
}

function budgetOption(text) {
  try {
    return parseTimeBudget(text);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function seedOption(text) {
  try {
    return parseSeed(text, '--seed');
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function main() {
  const o = parse(process.argv.slice(2));
  if (o.merge.length) {
    const merged = mergeResults(o.merge.map((f) => JSON.parse(fs.readFileSync(f, 'utf8'))));
    process.stdout.write(renderResult(merged));
    return merged.found.length ? 1 : 0;
  }
  const client = o.mutant ? mutantClient(o.mutant) : o.client || o.protocol ? externalClient(o.client ?? null) : referenceInProcess;
  const started = Date.now();
  let last = 0;
  const result = await explore({
    client,
    runs: o.runs,
    seed: o.seed,
    shard: o.shard,
    replay: o.replay,
    all: o.all,
    maxCommands: o.maxCommands,
    budgetMs: o.budgetMs,
    guided: !o.unguided,
    parallel: o.parallel,
    allowed: o.expect ? isKnown(readKnownDivergences(o.expect)) : undefined,
    onProgress: (done, total, found) => {
      const now = Date.now();
      if (now - last < 2000 && done !== total) return;
      last = now;
      const estimate = ((now - started) / done) * (total - done);
      const left = o.budgetMs === undefined ? estimate : Math.min(estimate, started + o.budgetMs - now);
      process.stderr.write(`explore: ${done}/${total} histories, ${found} finding(s), about ${Math.ceil(left / 1000)} s left\n`);
    },
  });
  for (const f of /** @type {import('../src/explore/render-result').VerifiedFinding[]} */ (result.found)) {
    f.verified = o.noVerify || !f.scenario.checkable ? null : verifyFinding(f, client, path.join('reports', 'explore'));
  }
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(renderResult(result));
  process.stderr.write(
    `explore: ${result.histories.length} histories in ${seconds.toFixed(1)} s (${(result.histories.length / seconds).toFixed(1)} per second)\n`,
  );
  const out = o.out ?? path.join('reports', 'explore', `${client.name.replace(/[^\w.-]+/g, '-')}-${result.shard.replace('/', 'of')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
  if (o.tally) writeTally(o.tally, result.found.length ? 0 : 1, result.found.length ? 1 : 0);
  return result.found.length ? 1 : 0;
}

runCommand('explore', main);
