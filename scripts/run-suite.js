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
const features = runFeatures(profile);
console.log(
  `features (${profile}): ${features.passed} passed, ${features.failed} failed, ${features.notApplicable} not applicable, ${features.seconds.toFixed(1)} s`,
);
const tests = testsDir && fs.existsSync(testsDir) ? runUnitTests([testsDir], `tests-${profile}`) : { passed: 0, failed: 0 };
const passed = features.passed + tests.passed;
const failed = features.failed + tests.failed + (features.status !== 0 && features.failed === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
