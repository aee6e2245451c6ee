#!/usr/bin/env node
// The conformance gate for a client: runs the features through the external driver against the client's command,
// writes the reports and exits 0 only when every result is as its expectations file says. See docs/gate.md.
'use strict';
const path = require('node:path');

const { compiled } = require('./compiled');

const callerDir = process.env.INIT_CWD || process.cwd();
const argv = process.argv.slice(2);
const own = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
if (own.includes('--version') || own.includes('-V')) {
  console.log(require('../package.json').version);
  process.exit(0);
}
process.chdir(path.resolve(__dirname, '..'));
if (!compiled) require('ts-node').register({ transpileOnly: true, project: path.resolve(__dirname, '..', 'tsconfig.json') });
const { writeTally } = require('../scripts/tally');
const { runGate } = require('../src/gate/run-gate');

const run =
  argv[0] === 'merge'
    ? Promise.resolve().then(() => require('../src/gate/merge-shards').mergeShards(argv.slice(1), callerDir))
    : runGate(argv, callerDir);
run.then(
  ({ code, tally }) => {
    if (tally) writeTally(tally.suite, tally.passed, tally.failed);
    process.exitCode = code;
  },
  (error) => {
    // One line: a usage error says what to change, before any scenario ran.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`signin-sim gate: ${message.trim().replace(/\s*\n\s*/g, ' ')}`);
    process.exitCode = 2;
  },
);
