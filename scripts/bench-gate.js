#!/usr/bin/env node
// npm run bench -- --gate: the gate against its floor, for the reference client and the Python example. The floor
// of a gate run is the same scenarios run in-process (the default profile, as a whole process) plus the client's
// own start-up cost times the number of starts the gate made (its "The gate started the client N times" line). The
// start-up cost is the median of --starts bare starts of the client's command (`sh -c`, no containment), from the
// spawn to its answer to `initialize`. Prints, per client: gate time, floor, ratio (gate / floor), for the gate as it
// runs (two spares started ahead) and, side by side in the same run, without spares (SIGNIN_CLIENT_SPARE=0).
// Usage: node scripts/bench-gate.js [--tags EXPR | --all] [--starts 10] [--client reference|python|both]
// A benchmark, not a test: wall times on a shared machine; run it twice before believing a figure.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { orExit, parseCommandLine, UsageError, wholeNumber } = require('./command-line');

const root = path.join(__dirname, '..');
const usage = 'npm run bench -- --gate [--tags EXPR | --all] [--starts 10] [--client reference|python|both]';
/** The default subset: a few dozen scenarios, a few minutes for both clients. */
const defaultTags = '@section:sign-out or @section:close';
const options = orExit('bench --gate', () => {
  const { values } = parseCommandLine(usage, {
    options: {
      gate: { type: 'boolean', default: true },
      tags: { type: 'string', default: defaultTags },
      all: { type: 'boolean', default: false },
      starts: { type: 'string', default: '10' },
      client: { type: 'string', default: 'both' },
    },
  });
  if (!['reference', 'python', 'both'].includes(values.client))
    throw new UsageError(`--client is reference, python or both, not ${JSON.stringify(values.client)} (usage: ${usage})`);
  return {
    tags: values.all ? null : values.tags,
    starts: wholeNumber(values.starts, '--starts', { min: 1, max: 200 }),
    client: values.client,
  };
});

const cucumber = path.join(root, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js');
const python = 'python3 examples/python-client/client.py';
const reference = `'${process.execPath}' '${path.join(root, 'bin', 'reference-client-host.js')}'`;
const clients = [
  { label: 'reference client', command: null, start: reference, expect: null },
  { label: 'Python example', command: python, start: python, expect: 'examples/python-client/expectations.json' },
].filter((c) => options.client === 'both' || (options.client === 'reference') === (c.command === null));
const filter = options.tags === null ? [] : ['--tags', options.tags];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'signin-bench-gate-'));
const protocolVersion = /'(signin-sim\/\d+)'/.exec(fs.readFileSync(path.join(root, 'src', 'protocol', 'protocol-version.ts'), 'utf8'))?.[1];
const seconds = (started) => Number(process.hrtime.bigint() - started) / 1e9;

/** Runs a whole process to its end; returns its wall time in seconds and its output. */
function timed(file, args, env) {
  const started = process.hrtime.bigint();
  const r = spawnSync(file, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  return { seconds: seconds(started), status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** The same scenarios in-process (the default profile, its reports in a temp folder): the floor's first part. */
function inProcess() {
  const r = timed(process.execPath, [cucumber, '--profile', 'default', ...filter], {
    CI: 'true',
    SIGNIN_DRIVER: 'in-process',
    SIGNIN_COLUMN: 'Reference client, in-process',
    SIGNIN_REPORTS_DIR: path.join(tmp, 'in-process'),
  });
  if (r.status !== 0) throw new Error(`the in-process run exited ${r.status}\n${r.output.slice(-3000)}`);
  const scenarios = /(\d+) scenarios? \(/.exec(r.output);
  return { seconds: r.seconds, scenarios: scenarios ? Number(scenarios[1]) : NaN };
}

/** The gate over the same scenarios, with spares or without; its time, its starts, its tally line. */
function gate(client, spares) {
  const out = path.join(tmp, `gate-${spares ? 'spares' : 'no-spares'}`, client.label.replace(/\W+/g, '-'));
  const args = [path.join(root, 'bin', 'gate.js'), '--out', out];
  if (client.command) args.push('--client', client.command);
  if (client.expect) args.push('--expect', client.expect);
  if (filter.length) args.push('--', ...filter);
  const env = { CI: 'true', SIGNIN_ALLURE: process.env.SIGNIN_ALLURE ?? '1', SIGNIN_CLIENT_SPARE: spares ? '1' : '0' };
  const r = timed(process.execPath, args, env);
  const starts = /The gate started the client (\d+) times?/.exec(r.output);
  const tally = /(\d+) passed, (\d+) failed/.exec(r.output);
  if (r.status !== 0 || !starts) throw new Error(`the gate (${client.label}) exited ${r.status}\n${r.output.slice(-3000)}`);
  return { seconds: r.seconds, starts: Number(starts[1]), tally: tally ? tally[0] : '?' };
}

/** One bare start: spawn to the answer to `initialize` (then the client is ended), in seconds. */
function bareStart(command) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/bin/sh', ['-c', command], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'], detached: true });
    const identity = { computer: 'PC1', windowsUser: 'alice', version: '15.0.4569.1503', pid: 4000 };
    const init = { protocolVersion, identity, harness: { name: 'signin-sim bench', version: '0' } };
    child.stdin.on('error', () => undefined);
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: init })}\n`);
    let text = '';
    const timer = setTimeout(() => done(new Error(`${command} did not answer initialize within 15 s`)), 15_000);
    const done = (error) => {
      clearTimeout(timer);
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone already
      }
      if (error) reject(error);
      else resolve(seconds(started));
    };
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) done(/"id":\s*1\b/.test(text) ? null : new Error(`${command} answered ${text.slice(0, 200)}`));
    });
    child.once('exit', () => done(new Error(`${command} ended before answering initialize`)));
  });
}

async function startCost(command) {
  const times = [];
  for (let i = 0; i < options.starts; i++) times.push(await bareStart(command));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function main() {
  console.log(
    `gate benchmark over ${options.tags === null ? 'the whole suite' : `--tags "${options.tags}"`} (load ${(os.loadavg()[0] ?? 0).toFixed(1)})`,
  );
  const rows = [];
  for (const client of clients) {
    const without = gate(client, false);
    const g = gate(client, true);
    const own = inProcess();
    const start = await startCost(client.start);
    const floor = own.seconds + start * g.starts;
    const row = { ...client, gate: g, without, own, start, floor, ratio: g.seconds / floor };
    rows.push(row);
    console.log(
      `  ${client.label}: gate ${g.seconds.toFixed(1)} s (${g.tally}, ${g.starts} starts), without spares ${without.seconds.toFixed(1)} s; ` +
        `in-process ${own.seconds.toFixed(1)} s (${own.scenarios} scenarios); start-up ${(start * 1000).toFixed(0)} ms ` +
        `(median of ${options.starts}); floor ${floor.toFixed(1)} s; ratio ${(g.seconds / floor).toFixed(2)}`,
    );
  }
  console.log(`\ngate / floor (load ${(os.loadavg()[0] ?? 0).toFixed(1)}):`);
  for (const r of rows)
    console.log(
      `  ${r.label.padEnd(17)} gate ${r.gate.seconds.toFixed(1).padStart(6)} s  floor ${r.floor.toFixed(1).padStart(6)} s` +
        ` (${r.own.seconds.toFixed(1)} s + ${r.gate.starts} × ${(r.start * 1000).toFixed(0)} ms)  ratio ${r.ratio.toFixed(2)}` +
        `  (without spares: ${r.without.seconds.toFixed(1)} s, ratio ${(r.without.seconds / r.floor).toFixed(2)})`,
    );
}

main()
  .catch((error) => {
    process.stderr.write(`bench --gate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(tmp, { recursive: true, force: true }));
