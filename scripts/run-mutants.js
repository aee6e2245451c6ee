#!/usr/bin/env node
// npm run test:mutants: runs the features against the reference client and against every mutant.
// Passes only when the reference passes everything and every mutant is caught by at least one scenario.
// SIGNIN_DRIVER picks the driver (in-process by default; browser or external for the other suites).
// The mutants are shared among worker processes, one per core up to --workers (default: the cores, at most 4); each
// worker loads the support code once and runs its mutants in turn; the first also runs the reference client.
require('./register-ts');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { prepare, runOnce } = require('./cucumber-in-process');
const { writeTally } = require('./tally');
const { checkSeed, seed } = require('./run-features');
const { parseCommandLine, runCommand, UsageError, wholeNumber } = require('./command-line');

const usage = 'npm run test:mutants -- [--workers <n>] [mutant name ...]';

async function main() {
  const { mutants } = require('../mutants');
  const { values, positionals: only } = parseCommandLine(usage, {
    positionals: [0, Infinity],
    options: { workers: { type: 'string' }, worker: { type: 'string' }, rows: { type: 'string' } },
  });
  const unknown = only.find((name) => !mutants.some((m) => m.name === name));
  if (unknown !== undefined) throw new UsageError(`no mutant ${JSON.stringify(unknown)} (usage: ${usage})`);
  const chosen = only.length ? mutants.filter((m) => only.includes(m.name)) : mutants;
  const driver = process.env.SIGNIN_DRIVER ?? 'in-process';
  if (values.worker !== undefined) return worker(values.worker, values.rows, chosen, driver);
  checkSeed();
  const cores = Math.min(4, os.availableParallelism());
  const workers = Math.min(
    chosen.length,
    values.workers === undefined ? cores : wholeNumber(values.workers, '--workers', { min: 1, max: 16 }),
  );
  const started = Date.now();
  const { referenceFailures, rows } = await inWorkers(chosen, only, workers);
  console.log(
    `reference client: ${referenceFailures.length === 0 ? 'every scenario passes' : `${referenceFailures.length} scenarios fail`}`,
  );
  for (const f of referenceFailures) console.log(`  FAILS: ${f}`);
  printTable(rows);
  console.log(`${rows.length} mutants in ${workers} worker${workers === 1 ? '' : 's'}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const out = path.join('reports', 'mutants');
  fs.mkdirSync(out, { recursive: true });
  // A run of some mutants only must not replace the full table the slower drivers take their targets from.
  fs.writeFileSync(
    path.join(out, `${driver}${only.length ? '-partial' : ''}.json`),
    JSON.stringify({ driver, referenceFailures: referenceFailures.length, rows }, null, 2),
  );
  const caught = rows.filter((r) => r.caught).length;
  const missing = chosen.length - rows.length;
  const passed = caught + (referenceFailures.length === 0 ? 1 : 0);
  const failed = rows.length - caught + missing + (referenceFailures.length === 0 ? 0 : 1);
  if (missing > 0) console.log(`${missing} mutants have no verdict: a worker ended before writing its rows`);
  writeTally(`mutants-${driver}`, passed, failed);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

/**
 * Starts the workers (this script with --worker k/n) and waits for all of them; their rows come back in the order of
 * the mutants. A worker that ends without writing its file leaves its mutants without a verdict (counted as failed).
 */
async function inWorkers(chosen, only, n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signin-sim-mutants-'));
  // One seed for the whole run, as when one process ran every mutant (each run prints it).
  const env = { ...process.env, ...seed() };
  try {
    const files = Array.from({ length: n }, (_, i) => path.join(dir, `worker-${i + 1}.json`));
    await Promise.all(
      files.map(
        (file, i) =>
          new Promise((resolve) => {
            const child = spawn(process.execPath, [__filename, '--worker', `${i + 1}/${n}`, '--rows', file, ...only], {
              stdio: ['ignore', 'inherit', 'inherit'],
              env,
            });
            child.on('exit', resolve);
            child.on('error', resolve);
          }),
      ),
    );
    const results = files.flatMap((f) => (fs.existsSync(f) ? [JSON.parse(fs.readFileSync(f, 'utf8'))] : []));
    const byName = new Map(results.flatMap((r) => r.rows).map((r) => [r.mutant, r]));
    const referenceFailures = results.length === n ? results.flatMap((r) => r.referenceFailures) : ['a worker ended early'];
    return { referenceFailures, rows: chosen.flatMap((m) => (byName.has(m.name) ? [byName.get(m.name)] : [])) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One worker: every n-th mutant from the k-th, and (the first worker) the reference client on their scenarios. */
async function worker(share, file, chosen, driver) {
  const m = /^(\d+)\/(\d+)$/.exec(share ?? '');
  if (!m || !file || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--worker k/n and --rows <file> go together`);
  const [k, n] = [Number(m[1]), Number(m[2])];
  const targets = targetScenarios(driver);
  const prepared = await prepare();
  delete process.env.SIGNIN_MUTANT;
  let referenceFailures = [];
  if (k === 1) {
    const union = targets ? [...new Set(chosen.flatMap((x) => targets.get(x.name) ?? []))] : undefined;
    const reference = await runOnce(prepared, union);
    referenceFailures = reference.scenarios.filter((s) => s.status !== 'PASSED').map((f) => `${f.name} (${f.uri}:${f.line}) ${f.status}`);
  }
  const rows = [];
  for (const x of chosen.filter((_, i) => i % n === k - 1)) {
    process.env.SIGNIN_MUTANT = x.name;
    const started = Date.now();
    const run = await runOnce(prepared, targets ? (targets.get(x.name) ?? ['features']) : undefined);
    const caughtBy = run.scenarios.filter((s) => s.status !== 'PASSED' && s.status !== 'SKIPPED');
    rows.push({
      mutant: x.name,
      breaks: x.breaks,
      caught: caughtBy.length > 0,
      caughtBy: caughtBy.map((s) => `${s.uri}:${s.line} ${s.name}`),
      ms: Date.now() - started,
    });
  }
  delete process.env.SIGNIN_MUTANT;
  fs.writeFileSync(file, JSON.stringify({ referenceFailures, rows }));
}

/**
 * For the slower drivers (browser, external): the scenarios that caught each mutant in the last in-process run
 * (at most three per mutant), so each mutant is still shown to be caught through that driver in a bounded time.
 * The full feature suite runs through those drivers in their own suites.
 */
function targetScenarios(driver) {
  if (driver === 'in-process') return null;
  const file = path.join('reports', 'mutants', 'in-process.json');
  if (!fs.existsSync(file)) throw new Error(`run the in-process mutants first (npm run test:mutants): ${file} is missing`);
  const { rows } = JSON.parse(fs.readFileSync(file, 'utf8'));
  return new Map(rows.map((r) => [r.mutant, r.caughtBy.slice(0, 3).map((c) => c.split(' ')[0])]));
}

function printTable(rows) {
  const width = Math.max(...rows.map((r) => r.mutant.length), 6);
  console.log(`\n${'mutant'.padEnd(width)}  verdict  caught by`);
  for (const r of rows) {
    const first = r.caughtBy[0] ?? '-';
    const more = r.caughtBy.length > 1 ? ` (+${r.caughtBy.length - 1} more)` : '';
    console.log(`${r.mutant.padEnd(width)}  ${r.caught ? 'caught ' : 'MISSED '}  ${first}${more}`);
    console.log(`${''.padEnd(width)}           breaks ${r.breaks}`);
  }
  console.log('');
}

runCommand('test:mutants', main);
