#!/usr/bin/env node
// npm run test:ui / test:external: the features with one profile, then that suite's own node:test files.
// Usage: node scripts/run-suite.js <profile> <tests dir>   Ends with "N passed, N failed".
const fs = require('node:fs');
const { checkSeed, profiles, runFeatures } = require('./run-features');
const { runUnitTests } = require('./run-unit-tests');
const { commandLineOrExit, orExit, UsageError } = require('./command-line');

const usage = 'node scripts/run-suite.js <profile> <tests dir>';
const [profile, testsDir] = commandLineOrExit('run-suite', usage, { positionals: [2, 2] }).positionals;
orExit('run-suite', () => {
  if (!profiles[profile]) throw new UsageError(`unknown profile ${JSON.stringify(profile)}; use ${Object.keys(profiles).join(', ')}`);
  if (!testsDir || !fs.existsSync(testsDir)) throw new UsageError(`no folder ${JSON.stringify(testsDir)} (usage: ${usage})`);
  checkSeed();
});
// Over the client protocol, the run records the reference client's exchanges (test-external compares them with the
// golden ones, exchanges/), with the seed they were recorded with unless SIGNIN_SEED says otherwise.
if (profile === 'external') {
  require('./register-ts');
  process.env.SIGNIN_SEED ??= String(require('../src/exchanges/golden-seed').goldenSeed);
}
const trace = profile === 'external' ? { SIGNIN_TRACE: traceForGolden() } : {};
// Through the browser, Cucumber's workers share the scenarios, one browser each, one per core (at most four): 160
// scenarios took 130 s alone and 90 s in two workers on two cores. Over the protocol the run stays in one process, as
// it writes the reference's exchanges to one file in the order they happen.
const workers = profile === 'ui' ? Math.min(4, require('node:os').availableParallelism()) : 1;
const features = runFeatures(profile, workers > 1 ? ['--parallel', String(workers)] : [], trace);
console.log(
  `features (${profile}): ${features.passed} passed, ${features.failed} failed, ${features.notApplicable} not applicable, ${features.seconds.toFixed(1)} s`,
);
const tests = testsDir && fs.existsSync(testsDir) ? runUnitTests([testsDir], `tests-${profile}`) : { passed: 0, failed: 0 };
const passed = features.passed + tests.passed;
const failed = features.failed + tests.failed + (features.status !== 0 && features.failed === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

/** A fresh file for the external run's exchanges, where test-external/golden-exchanges.test.ts reads them. */
function traceForGolden() {
  const file = require('node:path').join(process.env.SIGNIN_REPORTS_DIR ?? 'reports', 'external-exchanges.ndjson');
  fs.mkdirSync(require('node:path').dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  return file;
}
