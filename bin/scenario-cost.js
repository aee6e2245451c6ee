#!/usr/bin/env node
// Per-scenario wall time of recorded runs, from the Cucumber messages' timestamps (testCaseStarted to testCaseFinished
// of each scenario's last attempt, read by src/recorded-run): median, mean and total per profile. Compares drivers,
// e.g. in-process against external.
// Usage: node bin/scenario-cost.js [reports/default reports/external ...]   (default: every reports/*/ with messages)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

require('../scripts/register-ts');
const { readMessages } = require('../src/report/read-messages');
const { scenarioRuns } = require('../src/recorded-run');

/** The wall time of every scenario that finished (its last attempt), in milliseconds, shortest first. */
function costs(file) {
  return scenarioRuns(readMessages(file))
    .flatMap((s) => (s.durationMs === null ? [] : [s.durationMs]))
    .sort((a, b) => a - b);
}

const root = path.resolve(__dirname, '..', 'reports');
const dirs = process.argv.length > 2 ? process.argv.slice(2) : fs.readdirSync(root).map((d) => path.join(root, d));
for (const dir of dirs) {
  const file = path.join(dir, 'messages.ndjson');
  if (!fs.existsSync(file)) continue;
  const d = costs(file);
  if (d.length === 0) continue;
  const at = (/** @type {number} */ i) => /** @type {number} */ (d[i]);
  const median = d.length % 2 ? at((d.length - 1) / 2) : (at(d.length / 2 - 1) + at(d.length / 2)) / 2;
  const total = d.reduce((a, b) => a + b, 0);
  console.log(
    `${path.basename(dir).padEnd(28)} ${String(d.length).padStart(4)} scenarios  median ${median.toFixed(1).padStart(7)} ms  mean ${(total / d.length).toFixed(1).padStart(7)} ms  total ${(total / 1000).toFixed(1).padStart(6)} s`,
  );
}
