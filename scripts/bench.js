#!/usr/bin/env node
// npm run bench: the default profile against the do-nothing floor, timed as whole processes until the same
// reports exist (Cucumber HTML, JUnit, NDJSON, Allure results). Runs the features as they are and the features
// copied ten times (in a temp folder), alternating floor and real run; prints the median ratio of each pair.
// Both are launched as `npx cucumber-js`, like the team's floor tool; `--launcher node` starts node directly (a
// stricter figure: the launcher's half second no longer counts on both sides).
// --gate: the gate against its floor instead, for the reference client and the Python example (scripts/bench-gate.js).
// Usage: node scripts/bench.js [--runs 3] [--copies 10] [--launcher npx|node] [--formatters]. A benchmark, not a test.
// --formatters also times each formatter of the default profile alone on the copies, against none, and prints
// its cost per scenario (docs/report.md keeps the figures).
'use strict';
// One entry point: --gate runs the gate's benchmark, otherwise the features' benchmark.
if (process.argv.slice(2).includes('--gate')) require('./bench-gate.js');
else require('./bench-features.js');
