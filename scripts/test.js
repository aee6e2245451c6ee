#!/usr/bin/env node
// npm test: type-check, lint, unit tests, the features against the reference client in-process (strict),
// the seed check, the reports, and the scan for secrets. Needs no browser. Ends with "N passed, N failed".
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runFeatures } = require('./run-features');
const { runUnitTests } = require('./run-unit-tests');
const { writeTally } = require('./tally');
const { commandLineOrExit, orExit } = require('./command-line');

commandLineOrExit('test', 'npm test', {});
orExit('test', () => require('./run-features').checkSeed());

const checks = [];
const record = (name, ok, detail = '') => {
  checks.push({ name, ok });
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name}${detail ? `: ${detail}` : ''}`);
};
const bin = (name) => path.join(__dirname, '..', 'node_modules', '.bin', name);
const run = (name, cmd, args, env = {}) => {
  const started = Date.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const ok = r.status === 0;
  if (!ok) console.log(`${r.stdout}${r.stderr}`.split('\n').slice(-60).join('\n'));
  record(name, ok, `${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
};

async function main() {
  // reports/default/ is not removed: the features run owns it (a lock) and replaces its reports whole.
  for (const p of ['allure', 'conformance.html', 'conformance', 'conformance.md'])
    fs.rmSync(path.join('reports', p), { recursive: true, force: true });
  for (const t of ['unit', 'features-default', 'test-checks']) fs.rmSync(path.join('reports', 'tally', `${t}.json`), { force: true });

  console.log('\n== Type-check, lint, format');
  run('type-check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']);
  run('type-check the JavaScript (tsc -p tsconfig.js.json)', bin('tsc'), ['-p', 'tsconfig.js.json']);
  run('lint (eslint)', bin('eslint'), ['.']);
  run('format (prettier --check)', bin('prettier'), ['--check', '.']);

  console.log('\n== Unit tests');
  const unit = runUnitTests(['src', 'mutants', 'scripts'], 'unit');

  console.log('\n== Features: reference client, in-process (strict)');
  const secretsFile = path.join(os.tmpdir(), `signin-sim-secrets-${process.pid}.txt`);
  fs.rmSync(secretsFile, { force: true });
  const features = runFeatures('default', [], { SIGNIN_SECRETS_FILE: secretsFile });
  console.log(`features: ${features.passed} passed, ${features.failed} failed in ${features.seconds.toFixed(1)} s`);

  console.log('\n== Same seed, same timelines');
  const { checkDeterminism } = require('./check-determinism');
  for (const c of await checkDeterminism()) record(c.name, c.ok, c.detail);

  console.log('\n== Reports');
  require('./register-ts');
  const { buildReports } = require('../src/report/build-reports');
  const { renderTerminal } = require('../src/report/render-terminal');
  let summaryText = '';
  try {
    const { buildSymptomIndex } = require('../src/symptoms/symptom-index');
    const summary = await buildReports('reports', { symptoms: buildSymptomIndex() });
    summaryText = renderTerminal(summary, 'reports');
    record(
      'conformance report built (reports/conformance.html, reports/conformance.md)',
      fs.existsSync('reports/conformance.html') && fs.existsSync('reports/conformance.md'),
    );
  } catch (e) {
    record('conformance report built', false, e instanceof Error ? ('problems' in e ? e.message : (e.stack ?? e.message)) : String(e));
  }
  const { checkNoSecrets } = require('./check-no-secrets');
  const scan = checkNoSecrets(secretsFile);
  fs.rmSync(secretsFile, { force: true });
  record('no password or certificate of the fakes in any file under reports/', scan.ok, scan.message);

  const own = { passed: checks.filter((c) => c.ok).length, failed: checks.filter((c) => !c.ok).length };
  writeTally('test-checks', own.passed, own.failed);
  console.log(`\n${summaryText}`);
  const passed = own.passed + unit.passed + features.passed;
  const failed = own.failed + unit.failed + features.failed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
