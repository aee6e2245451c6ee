#!/usr/bin/env node
// npm run exchanges: runs every feature against the reference client over the client protocol (the external
// profile, seed 1) and writes its exchanges, normalised, to exchanges/ (one gzipped NDJSON file per feature), then
// regenerates the reference part of docs/client-protocol.md. Writes nothing when a scenario fails.
require('./register-ts');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { runFeatures } = require('./run-features');
const { goldenFolder, readTrace, writeGolden } = require('../src/exchanges/golden-exchanges');
const { goldenSeed } = require('../src/exchanges/golden-seed');

const trace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'signin-exchanges-')), 'exchange.ndjson');
fs.writeFileSync(trace, '');
const run = runFeatures('external', [], { SIGNIN_TRACE: trace, SIGNIN_SEED: String(goldenSeed), SIGNIN_CLIENT: '' });
if (run.status !== 0 || run.failed > 0) {
  console.error(`record-exchanges: ${run.failed} scenario(s) failed; the golden exchanges stay as they were`);
  process.exit(1);
}
const exchanges = readTrace(trace);
const bytes = writeGolden(exchanges);
fs.rmSync(path.dirname(trace), { recursive: true, force: true });
console.log(`wrote ${exchanges.length} exchanges to ${path.relative(process.cwd(), goldenFolder)}/ (${bytes} bytes gzipped)`);
const doc = spawnSync(process.execPath, [path.join(__dirname, 'protocol-reference.js')], { stdio: 'inherit' });
process.exitCode = doc.status ?? 1;
