#!/usr/bin/env node
// npm run test:variants: wrong clients that are not ours. Each variant of the Python example client
// (examples/python-client/variants/<name>.py) changes one behaviour the way a client team could get it wrong; the
// gate must fail every one. A variant runs first against the scenario that caught it last time (caught-by.json, a
// committed file), and only when that scenario no longer fails against the whole suite, stopping at its first
// unexpected failure. Passes when the gate caught every variant. Variants run a few at a time (--jobs, default: the
// number of CPUs, at most 4). Usage: npm run test:variants -- [--jobs N] [name ...]
require('./register-ts');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { writeTally } = require('./tally');
const { parseCommandLine, runCommand, wholeNumber, UsageError } = require('./command-line');
const { listVariants, tries, firstUnexpected, readMemory, nextMemory, variantDir } = require('./variant-plan');
const { scenarioResults } = require('../src/gate/scenario-results');

const root = path.resolve(__dirname, '..');
const expectFile = path.join('examples', 'python-client', 'expectations.json');
const memoryFile = path.join(variantDir, 'caught-by.json');
/** Real time one gate run may take before it is ended (the whole suite takes a few minutes). */
const gateLimitMs = 15 * 60_000;

/**
 * Runs the gate once; resolves with its exit code and the results it recorded.
 * @returns {Promise<{ code: number | null, results: import('../src/gate/scenario-results').ScenarioResult[], tail: string }>}
 */
function runGate(variant, args) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `signin-variant-${variant}-`));
  const client = `python3 ${path.join(variantDir, `${variant}.py`)}`;
  const gateArgs = ['bin/gate.js', '--client', client, '--expect', expectFile, '--client-name', `variant ${variant}`];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...gateArgs, '--no-tally', '--out', out, '--', ...args], {
      cwd: root,
      env: { ...process.env, SIGNIN_ALLURE: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (chunk) => (tail = (tail + chunk).slice(-4000));
    child.stdout.setEncoding('utf8').on('data', keep);
    child.stderr.setEncoding('utf8').on('data', keep);
    const limit = setTimeout(() => child.kill('SIGTERM'), gateLimitMs);
    child.on('close', (code) => {
      clearTimeout(limit);
      const messages = path.join(out, 'messages.ndjson');
      const envelopes = fs.existsSync(messages)
        ? fs
            .readFileSync(messages, 'utf8')
            .split('\n')
            .filter((l) => l.trim())
            .map((l) => JSON.parse(l))
        : [];
      fs.rmSync(out, { recursive: true, force: true });
      resolve({ code, results: scenarioResults(envelopes), tail });
    });
  });
}

async function tryVariant(variant, remembered, deviations) {
  const started = Date.now();
  const history = [];
  for (const t of tries(remembered, deviations)) {
    const run = await runGate(variant, t.args);
    const caughtBy = run.code === 1 ? firstUnexpected(run.results, deviations) : null;
    history.push(`${t.kind}: ${caughtBy ? 'failed' : run.code === 0 ? 'passed' : `gate exit ${run.code}`}`);
    if (caughtBy) return { variant, caughtBy, how: t.kind, history, ms: Date.now() - started };
    if (t.kind === 'whole suite' && run.code !== 0) console.log(run.tail);
  }
  return { variant, caughtBy: null, how: null, history, ms: Date.now() - started };
}

async function main() {
  const usage = 'npm run test:variants -- [--jobs N] [variant name ...]';
  const all = listVariants(path.join(root, variantDir));
  const { values, positionals: only } = parseCommandLine(usage, { positionals: [0, Infinity], options: { jobs: { type: 'string' } } });
  const jobs = values.jobs === undefined ? Math.min(4, os.availableParallelism()) : wholeNumber(values.jobs, '--jobs', { min: 1, max: 16 });
  const unknown = only.find((n) => !all.includes(n));
  if (unknown !== undefined) throw new UsageError(`no variant ${JSON.stringify(unknown)} in ${variantDir} (usage: ${usage})`);
  const chosen = only.length ? only : all;
  const deviations = JSON.parse(fs.readFileSync(path.join(root, expectFile), 'utf8')).knownDeviations.map((d) => d.scenario);
  const memory = readMemory(path.join(root, memoryFile));
  const started = Date.now();
  const rows = [];
  const queue = [...chosen];
  const worker = async () => {
    for (let variant = queue.shift(); variant !== undefined; variant = queue.shift()) {
      const row = await tryVariant(variant, memory[variant], deviations);
      rows.push(row);
      const verdict = row.caughtBy
        ? `caught by "${row.caughtBy.name}" (${row.caughtBy.uri}:${row.caughtBy.line}; ${row.how})`
        : 'NOT CAUGHT';
      console.log(`${row.caughtBy ? '✓' : '✗'} ${variant}: ${verdict} in ${(row.ms / 1000).toFixed(1)} s [${row.history.join('; ')}]`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  rows.sort((a, b) => a.variant.localeCompare(b.variant));
  const next = nextMemory(memory, rows, all);
  if (JSON.stringify(next) !== JSON.stringify(memory)) {
    fs.writeFileSync(path.join(root, memoryFile), `${JSON.stringify(next, null, 2)}\n`);
    console.log(`${memoryFile} changed: commit it, so that the next run tries these scenarios first`);
  }
  const caught = rows.filter((r) => r.caughtBy).length;
  const failed = rows.length - caught;
  writeTally('variants', caught, failed);
  console.log(`${rows.length} variants, ${caught} caught by the gate, ${failed} not, in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${caught} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

runCommand('test:variants', main);
