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

/** Passed, failed and not-applicable scenarios from the recorded messages (src/recorded-run). */
function countScenarios(file) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, notApplicable: 0 };
  require('./register-ts');
  const { readMessages } = require('../src/report/read-messages');
  const { outcomeOf, scenarioRuns } = require('../src/recorded-run');
  const outcomes = scenarioRuns(readMessages(file)).map(outcomeOf);
  const count = (outcome) => outcomes.filter((o) => o === outcome).length;
  return { passed: count('passed'), failed: count('failed'), notApplicable: count('not applicable') };
}

module.exports = { runFeatures, countScenarios, profiles };

if (require.main === module) {
  const [profile = 'default', ...rest] = process.argv.slice(2);
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
