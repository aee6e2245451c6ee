#!/usr/bin/env node
// npm run test:explore: what CI explores. 200 histories in-process and 50 over the client protocol against the
// reference client (0 divergences, 0 broken invariants; unguided, whose histories are shorter), then the
// exploration-only mutants (unguided too: see docs/exploration.md). Each prints its time.
const { spawnSync } = require('node:child_process');
const { commandLineOrExit } = require('./command-line');

commandLineOrExit('test:explore', 'npm run test:explore', {});

/** @type {[string, string[]][]} */
const runs = [
  [
    'explore in-process (200 histories)',
    ['scripts/explore.js', '--runs', '200', '--seed', '1', '--all', '--unguided', '--tally', 'explore-in-process'],
  ],
  [
    'explore over the protocol (50 histories)',
    ['scripts/explore.js', '--protocol', '--runs', '50', '--seed', '1', '--all', '--unguided', '--tally', 'explore-protocol'],
  ],
  ['exploration-only mutants', ['scripts/check-exploration-mutants.js']],
];
let failed = 0;
for (const [name, args] of runs) {
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  console.log(`--- ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
