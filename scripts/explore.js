#!/usr/bin/env node
// npm run explore -- [--client "<cmd>" | --mutant <name> | --protocol] [--runs N] [--seed S] [--replay <history>:<path>]
//                    [--shard i/n] [--all] [--out <file>] [--merge <file>...]
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
 * @property {{ history: number, path: string }} [replay]
 * @property {{ index: number, count: number }} [shard]
 * @property {string} [out]
 * @property {boolean} [noVerify]
 * @property {string} [expect]
 */

/** @param {readonly string[]} argv */
function parse(argv) {
  /** @type {ExploreOptions} */
  const o = { runs: 100, seed: 1, all: false, merge: [], tally: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${a} needs a value`);
      return x;
    };
    if (a === '--client') o.client = v();
    else if (a === '--mutant') o.mutant = v();
    else if (a === '--protocol') o.protocol = true;
    else if (a === '--runs') o.runs = Number(v());
    else if (a === '--seed') o.seed = Number(v());
    else if (a === '--max-commands') o.maxCommands = Number(v());
    else if (a === '--replay') {
      const [h, ...p] = v().split(':');
      o.replay = { history: Number(h), path: p.join(':') };
    } else if (a === '--shard') {
      const [index = NaN, count = NaN] = v().split('/').map(Number);
      if (!(index >= 1 && count >= index)) throw new Error('--shard needs i/n with 1 <= i <= n');
      o.shard = { index, count };
    } else if (a === '--all') o.all = true;
    else if (a === '--out') o.out = v();
    else if (a === '--tally') o.tally = v();
    else if (a === '--merge') {
      for (let next = argv[i + 1]; next && !next.startsWith('--'); next = argv[++i + 1]) o.merge.push(next);
    } else if (a === '--no-verify') o.noVerify = true;
    else if (a === '--expect') o.expect = v();
    else throw new Error(`unknown argument ${a}`);
  }
  if (!(o.runs > 0) || !Number.isInteger(o.seed)) throw new Error('--runs needs a positive number and --seed an integer');
  return o;
}

async function main() {
  const o = parse(process.argv.slice(2));
  if (o.merge.length) {
    const merged = mergeResults(o.merge.map((f) => JSON.parse(fs.readFileSync(f, 'utf8'))));
    process.stdout.write(renderResult(merged));
    process.exitCode = merged.found.length ? 1 : 0;
    return;
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
    allowed: o.expect ? isKnown(readKnownDivergences(o.expect, 'features')) : undefined,
    onProgress: (done, total, found) => {
      const now = Date.now();
      if (now - last < 2000 && done !== total) return;
      last = now;
      const left = ((now - started) / done) * (total - done);
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
  process.exitCode = result.found.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
