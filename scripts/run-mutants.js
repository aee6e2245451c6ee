#!/usr/bin/env node
// npm run test:mutants: runs the features against the reference client and against every mutant.
// Passes only when the reference passes everything and every mutant is caught by at least one scenario.
// SIGNIN_DRIVER picks the driver (in-process by default; browser or external for the other suites).
require('ts-node').register({ transpileOnly: true });
const fs = require('node:fs');
const path = require('node:path');
const { prepare, runOnce } = require('./cucumber-in-process');
const { writeTally } = require('./tally');

async function main() {
  const { mutants } = require('../mutants');
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const chosen = only.length ? mutants.filter((m) => only.includes(m.name)) : mutants;
  const prepared = await prepare();
  const rows = [];
  delete process.env.SIGNIN_MUTANT;
  const reference = await runOnce(prepared);
  const refFailures = reference.scenarios.filter((s) => s.status !== 'PASSED');
  console.log(`reference client: ${reference.scenarios.length - refFailures.length} of ${reference.scenarios.length} scenarios pass`);
  for (const f of refFailures) console.log(`  FAILS: ${f.name} (${f.uri}:${f.line}) ${f.status}`);
  for (const m of chosen) {
    process.env.SIGNIN_MUTANT = m.name;
    const started = Date.now();
    const run = await runOnce(prepared);
    const caughtBy = run.scenarios.filter((s) => s.status !== 'PASSED' && s.status !== 'SKIPPED');
    rows.push({
      mutant: m.name,
      breaks: m.breaks,
      caught: caughtBy.length > 0,
      caughtBy: caughtBy.map((s) => `${s.uri}:${s.line} ${s.name}`),
      ms: Date.now() - started,
    });
  }
  delete process.env.SIGNIN_MUTANT;
  printTable(rows);
  const driver = process.env.SIGNIN_DRIVER ?? 'in-process';
  const out = path.join('reports', 'mutants');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `${driver}.json`), JSON.stringify({ driver, referenceFailures: refFailures.length, rows }, null, 2));
  const caught = rows.filter((r) => r.caught).length;
  const passed = caught + (refFailures.length === 0 ? 1 : 0);
  const failed = rows.length - caught + (refFailures.length === 0 ? 0 : 1);
  writeTally(`mutants-${driver}`, passed, failed);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
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

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
