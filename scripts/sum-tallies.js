#!/usr/bin/env node
// Adds up reports/tally/*.json (one per suite that ran) and prints them, then "N passed, N failed" last.
const { readTallies } = require('./tally');

const tallies = readTallies().sort((a, b) => a.suite.localeCompare(b.suite));
for (const t of tallies) console.log(`  ${t.suite.padEnd(28)} ${t.passed} passed, ${t.failed} failed`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0) + (tallies.length === 0 ? 1 : 0);
const extra = Number(process.argv[2] ?? 0);
console.log(`${passed} passed, ${failed + extra} failed`);
process.exitCode = failed + extra === 0 ? 0 : 1;
