#!/usr/bin/env node
// Runs the feature files with one profile: default (reference, in-process), ui (reference, browser) or external.
// Usage: node scripts/run-features.js <profile> [extra cucumber-js arguments]
// Writes reports/<profile>/ (messages, HTML, JUnit, run.json) and reports/tally/features-<profile>.json.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { writeTally } = require('./tally');

const profiles = {
  default: { driver: 'in-process', column: 'Reference client, in-process' },
  ui: { driver: 'browser', column: 'Reference client, in the browser' },
  external: { driver: 'external', column: 'Reference client, over the client protocol' },
};

function runFeatures(profile, extra = [], env = {}) {
  const p = profiles[profile];
  if (!p) throw new Error(`unknown profile ${profile}; use ${Object.keys(profiles).join(', ')}`);
  const dir = path.join('reports', profile);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const client = env.SIGNIN_CLIENT ?? process.env.SIGNIN_CLIENT;
  const column =
    env.SIGNIN_COLUMN ?? process.env.SIGNIN_COLUMN ?? (profile === 'external' && client ? `External client: ${client}` : p.column);
  fs.writeFileSync(path.join(dir, 'run.json'), JSON.stringify({ profile, driver: p.driver, column }, null, 2));
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [path.join(__dirname, '..', 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js'), '--profile', profile, ...extra],
    {
      stdio: 'inherit',
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', SIGNIN_DRIVER: p.driver, SIGNIN_COLUMN: column, ...env },
    },
  );
  const seconds = (Date.now() - started) / 1000;
  const counts = countScenarios(path.join(dir, 'messages.ndjson'));
  writeTally(`features-${profile}`, counts.passed, counts.failed);
  return { status: r.status ?? 1, seconds, ...counts };
}

/** Passed and failed scenarios from the recorded messages; not-applicable ones are neither. */
function countScenarios(file) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, notApplicable: 0 };
  const order = ['UNKNOWN', 'PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];
  const status = new Map();
  const na = new Set();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const m = JSON.parse(line);
    if (m.testCaseStarted) status.set(m.testCaseStarted.id, 'PASSED');
    if (m.testStepFinished) {
      const id = m.testStepFinished.testCaseStartedId;
      const s = m.testStepFinished.testStepResult.status;
      if (order.indexOf(s) > order.indexOf(status.get(id))) status.set(id, s);
    }
    if (m.attachment && m.attachment.mediaType === 'application/vnd.signin-sim.not-applicable+json') na.add(m.attachment.testCaseStartedId);
  }
  let passed = 0;
  let failed = 0;
  for (const [id, s] of status) {
    if (na.has(id) && s === 'SKIPPED') continue;
    if (s === 'PASSED') passed++;
    else failed++;
  }
  return { passed, failed, notApplicable: na.size };
}

/** SIGNIN_SEED, when set, must be a seed: checked before Cucumber starts (src/runtime/seed.ts), as a mistake on the command line. */
function checkSeed() {
  require('./register-ts');
  const { seedFromEnvironment } = require('../src/runtime/seed');
  const { UsageError } = require('./command-line');
  try {
    seedFromEnvironment();
  } catch (error) {
    throw new UsageError(error.message);
  }
}

module.exports = { runFeatures, countScenarios, profiles, checkSeed };

if (require.main === module) {
  const { orExit, UsageError } = require('./command-line');
  const [profile = 'default', ...rest] = process.argv.slice(2);
  orExit('run-features', () => {
    if (!profiles[profile]) throw new UsageError(`unknown profile ${JSON.stringify(profile)}; use ${Object.keys(profiles).join(', ')}`);
    checkSeed();
  });
  // --client "<command>" picks the external client (same as SIGNIN_CLIENT); the rest goes to cucumber-js.
  const at = rest.indexOf('--client');
  const env = at >= 0 ? { SIGNIN_CLIENT: rest[at + 1] } : {};
  const extra = at >= 0 ? [...rest.slice(0, at), ...rest.slice(at + 2)] : rest;
  const r = runFeatures(profile, extra, env);
  console.log(
    `features (${profile}): ${r.passed} passed, ${r.failed} failed, ${r.notApplicable} not applicable, ${r.seconds.toFixed(1)} s`,
  );
  process.exitCode = r.status === 0 && r.failed === 0 ? 0 : 1;
}
