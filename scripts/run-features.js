#!/usr/bin/env node
// Runs the feature files with one profile: default (reference, in-process), ui (reference, browser) or external.
// Usage: node scripts/run-features.js <profile> [extra cucumber-js arguments]
// Writes reports/<profile>/ (messages, HTML, JUnit, run.json) and reports/tally/features-<profile>.json.
// The run owns reports/<profile>/ while it runs (src/run-folder/): a second run is refused (or waits up to
// SIGNIN_REPORTS_WAIT seconds), the folder says INCOMPLETE until every report is in place, and the tally says the
// suite failed until the run has finished.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { writeTally } = require('./tally');
const { claimFolder } = require('../src/run-folder/claim-folder');
const { FolderInUse } = require('../src/run-folder/folder-lock');
const { markerName, readIncomplete } = require('../src/run-folder/incomplete-marker');
const { writeFileAtomic } = require('../src/run-folder/write-files-atomic');

const profiles = {
  default: { driver: 'in-process', column: 'Reference client, in-process' },
  ui: { driver: 'browser', column: 'Reference client, in the browser' },
  external: { driver: 'external', column: 'Reference client, over the client protocol' },
};

function runFeatures(profile, extra = [], env = {}) {
  const p = profiles[profile];
  if (!p) throw new Error(`unknown profile ${profile}; use ${Object.keys(profiles).join(', ')}`);
  const dir = path.join(process.env.SIGNIN_REPORTS_DIR ?? 'reports', profile);
  let claim;
  try {
    claim = claimFolder(dir, `features ${profile}`);
  } catch (error) {
    if (!(error instanceof FolderInUse)) throw error;
    console.error(`signin-sim: ${error.message}`);
    return { status: 1, seconds: 0, passed: 0, failed: 1, notApplicable: 0 };
  }
  try {
    return runClaimed(claim, profile, p, extra, env);
  } finally {
    claim.release();
  }
}

/** Reports this run replaces whole when it ends; anything else in the folder is an older run's and goes now. */
const keptUntilReplaced = new Set(['messages.ndjson', 'cucumber.html', 'junit.xml', 'allure-results', 'run.json', 'run.lock', markerName]);

function runClaimed(claim, profile, p, extra, env) {
  const { dir } = claim;
  writeTally(`features-${profile}`, 0, 1);
  for (const name of fs.readdirSync(dir))
    if (!keptUntilReplaced.has(name)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  const client = env.SIGNIN_CLIENT ?? process.env.SIGNIN_CLIENT;
  const column =
    env.SIGNIN_COLUMN ?? process.env.SIGNIN_COLUMN ?? (profile === 'external' && client ? `External client: ${client}` : p.column);
  writeFileAtomic(path.join(dir, 'run.json'), JSON.stringify({ profile, driver: p.driver, column }, null, 2));
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [path.join(__dirname, '..', 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js'), '--profile', profile, ...extra],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        TS_NODE_TRANSPILE_ONLY: 'true',
        SIGNIN_DRIVER: p.driver,
        SIGNIN_COLUMN: column,
        ...seed(env),
        ...env,
        ...claim.env,
      },
    },
  );
  const seconds = (Date.now() - started) / 1000;
  const incomplete = readIncomplete(dir);
  if (incomplete !== null || r.status === null) {
    const how = r.status === null ? `was stopped by ${r.signal ?? r.error?.message ?? 'an error'}` : `exited with ${r.status}`;
    console.error(`signin-sim: incomplete run: Cucumber ${how} before its reports were whole; ${dir} keeps its ${markerName} marker`);
    return { status: r.status ?? 1, seconds, passed: 0, failed: 1, notApplicable: 0 };
  }
  const counts = countScenarios(path.join(dir, 'messages.ndjson'));
  writeTally(`features-${profile}`, counts.passed, counts.failed);
  return { status: r.status ?? 1, seconds, ...counts };
}

/**
 * One seed for the whole run, drawn here unless SIGNIN_SEED is set, so that every process of the run shares it
 * (Cucumber's parallel workers, the mutant workers).
 */
const seed = (env = {}) =>
  (env.SIGNIN_SEED ?? process.env.SIGNIN_SEED) === undefined ? { SIGNIN_SEED: String(Math.floor(Math.random() * 2 ** 31)) } : {};

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

/** SIGNIN_SEED, when set, must be a seed: checked before Cucumber starts (src/runtime/seed.ts), as a mistake on the command line. */
function checkSeed() {
  require('./register-ts');
  const { seedFromEnvironment } = require('../src/runtime/seed');
  const { UsageError } = require('./command-line');
  try {
    seedFromEnvironment();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

module.exports = { runFeatures, countScenarios, profiles, checkSeed, seed };

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
