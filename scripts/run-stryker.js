#!/usr/bin/env node
// npm run test:stryker [-- --mutate <file>]: Stryker over src/simulator (not its tests), killing with the features only
// (profile "stryker"), per-test coverage, the run's seed fixed (SIGNIN_SEED=1). Then one check: the surviving mutants
// of that run are exactly the ones stryker/survivors.json lists, each with its reason, keyed by file, function, mutator
// and replacement. Prints the score against the 85% target and the time. Writes reports/tally/stryker.json.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { survivors, score } = require('./stryker-survivors');
const { writeTally } = require('./tally');

const report = path.join('reports', 'stryker', 'mutation.json');
const listFile = path.join('stryker', 'survivors.json');
const target = 85;

function main() {
  const args = process.argv.slice(2);
  const partial = args.includes('--mutate');
  const checkOnly = args.includes('--check-only');
  const started = Date.now();
  if (!checkOnly) {
    fs.rmSync(report, { force: true });
    const r = spawnSync(process.execPath, [path.join('node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', ...args], {
      stdio: 'inherit',
      env: { ...process.env, SIGNIN_SEED: '1' },
    });
    if (r.status !== 0 || !fs.existsSync(report)) {
      console.log(`Stryker did not complete (exit ${r.status}); no ${report}`);
      writeTally('stryker', 0, 1);
      return 1;
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const s = score(report);
  const found = survivors(report);
  const listed = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  const key = (x) => `${x.file} | ${x.function} | ${x.mutator} | ${x.original} → ${x.replacement}`;
  const count = (xs) => xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + (x.count ?? 1)), new Map());
  const have = count(found);
  const want = count(listed);
  const unlisted = [...have].filter(([k, n]) => (want.get(k) ?? 0) < n).map(([k, n]) => `${k}  (${n - (want.get(k) ?? 0)} more)`);
  const stale = [...want].filter(([k, n]) => (have.get(k) ?? 0) < n).map(([k, n]) => `${k}  (${n - (have.get(k) ?? 0)} fewer survive)`);
  const noReason = listed.filter((x) => typeof x.reason !== 'string' || x.reason.trim() === '').map(key);
  console.log(
    `\nStryker over src/simulator: ${s.percent.toFixed(2)}% (${s.detected} of ${s.valid} mutants killed; target ${target}%), ${seconds.toFixed(0)} s`,
  );
  const byKind = listed.reduce((m, x) => m.set(x.kind, (m.get(x.kind) ?? 0) + (x.count ?? 1)), new Map());
  console.log(`survivors: ${found.length}; listed: ${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`);
  if (partial) {
    console.log('(a run of part of src/simulator: the list is not checked)');
    return 0;
  }
  for (const u of unlisted) console.log(`  survives but is not listed in ${listFile}: ${u}`);
  for (const u of stale) console.log(`  listed in ${listFile} but killed now: ${u}`);
  for (const u of noReason) console.log(`  listed without a reason: ${u}`);
  const ok = unlisted.length === 0 && stale.length === 0 && noReason.length === 0;
  console.log(ok ? `the list of survivors matches this run` : `the list of survivors does not match this run`);
  writeTally('stryker', ok ? 1 : 0, ok ? 0 : 1);
  return ok ? 0 : 1;
}

process.exitCode = main();
