#!/usr/bin/env node
// The conformance gate for a client: runs the features through the external driver against the client's command,
// writes the reports and exits 0 only when every result is as its expectations file says. See docs/gate.md.
'use strict';
const path = require('node:path');

const callerDir = process.env.INIT_CWD || process.cwd();
process.chdir(path.resolve(__dirname, '..'));
require('ts-node').register({ transpileOnly: true, project: path.resolve(__dirname, '..', 'tsconfig.json') });
const { writeTally } = require('../scripts/tally');
const { runGate } = require('../src/gate/run-gate');

runGate(process.argv.slice(2), callerDir).then(
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
