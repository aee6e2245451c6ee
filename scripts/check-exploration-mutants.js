#!/usr/bin/env node
// CI check of the exploration-only mutants (mutants/exploration-only-mutants.ts): every written scenario passes each
// of them, and `npm run explore` catches each within 60 s with a shrunk scenario that fails on it and passes on the
// reference. Prints one row per mutant; writes reports/tally/exploration-mutants.json.
require('./register-ts');
const fs = require('node:fs');
const path = require('node:path');
const { prepare, runOnce } = require('./cucumber-in-process');
const { writeTally } = require('./tally');
const { parseCommandLine, runCommand, UsageError } = require('./command-line');

const budgetMs = 60_000;

async function main() {
  const { explorationMutants } = require('../mutants');
  const { explore } = require('../src/explore/explore');
  const { mutantClient } = require('../mutants/mutant-client');
  const { verifyFinding } = require('../src/explore/verify-finding');
  const usage = 'node scripts/check-exploration-mutants.js [mutant name ...]';
  const only = parseCommandLine(usage, { positionals: [0, Infinity] }).positionals;
  const unknown = only.find((name) => !explorationMutants.some((m) => m.name === name));
  if (unknown !== undefined) throw new UsageError(`no exploration mutant ${JSON.stringify(unknown)} (usage: ${usage})`);
  const chosen = only.length ? explorationMutants.filter((m) => only.includes(m.name)) : explorationMutants;
  const prepared = await prepare();
  delete process.env.SIGNIN_MUTANT;
  const reference = await runOnce(prepared);
  const refFailed = reference.scenarios.filter((s) => s.status !== 'PASSED').length;
  console.log(`reference client: ${reference.scenarios.length - refFailed} of ${reference.scenarios.length} written scenarios pass`);
  const rows = [];
  for (const m of chosen) {
    process.env.SIGNIN_MUTANT = m.name;
    const written = await runOnce(prepared);
    delete process.env.SIGNIN_MUTANT;
    const caughtBy = written.scenarios.filter((s) => s.status !== 'PASSED').map((s) => `${s.uri}:${s.line}`);
    const started = Date.now();
    const client = mutantClient(m.name);
    // Unguided: history h is the same as in every earlier run of this check, and each mutant is caught within its budget.
    const result = await explore({ client, runs: 100_000, seed: 1, budgetMs, guided: false });
    const ms = Date.now() - started;
    const f = result.found[0];
    const verified = f && f.scenario.checkable ? verifyFinding(f, client, path.join('reports', 'explore', 'mutants')) : null;
    const ok = caughtBy.length === 0 && f !== undefined && ms <= budgetMs && verified !== null && verified.ok;
    rows.push({
      mutant: m.name,
      breaks: m.breaks,
      ok,
      writtenScenariosCatching: caughtBy,
      histories: result.histories.length,
      ms,
      finding: f ? `${f.findings[0]?.key}: ${f.findings[0]?.words}` : null,
      scenario: verified?.file ?? null,
      verified: verified ? `reference: ${verified.reference}; mutant: ${verified.subject}` : null,
    });
    const why =
      caughtBy.length > 0
        ? `a written scenario catches it (${caughtBy[0]}): move it to the suite-strength table`
        : !f
          ? `not found in ${result.histories.length} histories (${ms} ms)`
          : !verified
            ? 'no Then step states the finding'
            : verified.ok
              ? `${result.histories.length} histories, ${(ms / 1000).toFixed(1)} s, scenario ${verified.file}`
              : `scenario not confirmed (reference: ${verified.reference}; mutant: ${verified.subject})`;
    console.log(`${ok ? 'caught' : 'FAILED'}  ${m.name.padEnd(44)} ${why}`);
  }
  fs.mkdirSync(path.join('reports', 'explore'), { recursive: true });
  fs.writeFileSync(path.join('reports', 'explore', 'exploration-mutants.json'), JSON.stringify(rows, null, 2));
  const passed = rows.filter((r) => r.ok).length + (refFailed === 0 ? 1 : 0);
  const failed = rows.length - rows.filter((r) => r.ok).length + (refFailed === 0 ? 0 : 1) + (chosen.length < 12 && !only.length ? 1 : 0);
  writeTally('exploration-mutants', passed, failed);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

runCommand('check-exploration-mutants', main);
