#!/usr/bin/env node
// npm pack's prepack: compiles what the gate runs (everything under src/ and step-definitions/, the bin scripts and
// cucumber.js, by the globs of tsconfig.build.json) into dist/, and copies beside it what the compiled code reads at
// run time: the features and the files of src/ that are not code. The packed gate then runs without a TypeScript
// loader (docs/gate.md#install-it-as-a-package).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

fs.rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  console.error('build-package: tsc failed');
  process.exit(1);
}
fs.cpSync(path.join(root, 'features'), path.join(dist, 'features'), { recursive: true });
// The reference client's golden exchanges: the gate shows where a failing client's exchange leaves them.
fs.cpSync(path.join(root, 'exchanges'), path.join(dist, 'exchanges'), { recursive: true });
// Data files of src/ (JSON, text) that code reads by path rather than by import.
fs.cpSync(path.join(root, 'src'), path.join(dist, 'src'), {
  recursive: true,
  filter: (from) => fs.statSync(from).isDirectory() || !/\.(ts|js)$/.test(from),
});
console.log(`build-package: ${path.relative(root, dist)}/ ready`);
