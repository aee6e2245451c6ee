#!/usr/bin/env node
// npm run test:mutants: runs the features against the reference client and against every mutant.
// Passes only when the reference passes everything and every mutant is caught by at least one scenario.
// SIGNIN_DRIVER picks the driver (in-process by default; browser or external for the other suites).
require('./register-ts');
const fs = require('node:fs');
const path = require('node:path');
const { prepare, runOnce } = require('./cucumber-in-process');
const { writeTally } = require('./tally');
const { parseCommandLine, runCommand, UsageError } = require('./command-line');

async function main() {
  const { mutants } = require('../mutants');
  const usage = 'npm run test:mutants -- [mutant name ...]';
  const only = parseCommandLine(usage, { positionals: [0, Infinity] }).positionals;
  const unknown = only.find((name) => !mutants.some((m) => m.name === name));
  if (unknown !== undefined) throw new UsageError(`no mutant ${JSON.stringify(unknown)} (usage: ${usage})`);
  const chosen = only.length ? mutants.filter((m) => only.includes(m.name)) : mutants;
  const driver = process.env.SIGNIN_DRIVER ?? 'in-process';
  const targets = targetScenarios(driver);
  const prepared = await prepare();
  const rows = [];
  delete process.env.SIGNIN_MUTANT;
  const union = targets ? [...new Set(chosen.flatMap((m) => targets.get(m.name) ?? []))] : undefined;
  const reference = await runOnce(prepared, union);
  const refFailures = reference.scenarios.filter((s) => s.status !== 'PASSED');
  console.log(`reference client: ${reference.scenarios.length - refFailures.length} of ${reference.scenarios.length} scenarios pass`);
  for (const f of refFailures) console.log(`  FAILS: ${f.name} (${f.uri}:${f.line}) ${f.status}`);
  for (const m of chosen) {
    process.env.SIGNIN_MUTANT = m.name;
    const started = Date.now();
    const run = await runOnce(prepared, targets ? (targets.get(m.name) ?? ['features']) : undefined);
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
  const out = path.join('reports', 'mutants');
  fs.mkdirSync(out, { recursive: true });
  // A run of some mutants only must not replace the full table the slower drivers take their targets from.
  fs.writeFileSync(
    path.join(out, `${driver}${only.length ? '-partial' : ''}.json`),
    JSON.stringify({ driver, referenceFailures: refFailures.length, rows }, null, 2),
  );
  const caught = rows.filter((r) => r.caught).length;
  const passed = caught + (refFailures.length === 0 ? 1 : 0);
  const failed = rows.length - caught + (refFailures.length === 0 ? 0 : 1);
  writeTally(`mutants-${driver}`, passed, failed);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
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
