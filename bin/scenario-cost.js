#!/usr/bin/env node
// Per-scenario wall time of recorded runs, from the Cucumber messages' timestamps (testCaseStarted to
// testCaseFinished): median, mean and total per profile. Compares drivers, e.g. in-process against external.
// Usage: node bin/scenario-cost.js [reports/default reports/external ...]   (default: every reports/*/ with messages)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ms = (t) => t.seconds * 1000 + t.nanos / 1e6;

function costs(file) {
  const started = new Map();
  const durations = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const m = JSON.parse(line);
    if (m.testCaseStarted) started.set(m.testCaseStarted.id, ms(m.testCaseStarted.timestamp));
    if (m.testCaseFinished && started.has(m.testCaseFinished.testCaseStartedId)) {
      durations.push(ms(m.testCaseFinished.timestamp) - started.get(m.testCaseFinished.testCaseStartedId));
    }
  }
  return durations.sort((a, b) => a - b);
}

const root = path.resolve(__dirname, '..', 'reports');
const dirs = process.argv.length > 2 ? process.argv.slice(2) : fs.readdirSync(root).map((d) => path.join(root, d));
for (const dir of dirs) {
  const file = path.join(dir, 'messages.ndjson');
  if (!fs.existsSync(file)) continue;
  const d = costs(file);
  if (d.length === 0) continue;
  const median = d.length % 2 ? d[(d.length - 1) / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
  const total = d.reduce((a, b) => a + b, 0);
  console.log(
    `${path.basename(dir).padEnd(28)} ${String(d.length).padStart(4)} scenarios  median ${median.toFixed(1).padStart(7)} ms  mean ${(total / d.length).toFixed(1).padStart(7)} ms  total ${(total / 1000).toFixed(1).padStart(6)} s`,
  );
}
