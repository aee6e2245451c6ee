#!/usr/bin/env node
// The features' benchmark of `npm run bench` (see scripts/bench.js).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { orExit, parseCommandLine, UsageError, wholeNumber } = require('./command-line');

const root = path.join(__dirname, '..');
const usage = 'npm run bench -- [--runs 3] [--copies 10] [--launcher npx|node] [--formatters]';
const { runs, copies, launcher, formatters } = orExit('bench', () => {
  const { values } = parseCommandLine(usage, {
    options: {
      runs: { type: 'string', default: '3' },
      copies: { type: 'string', default: '10' },
      launcher: { type: 'string', default: 'npx' },
      formatters: { type: 'boolean', default: false },
    },
  });
  if (values.launcher !== 'npx' && values.launcher !== 'node')
    throw new UsageError(`--launcher is npx or node, not ${JSON.stringify(values.launcher)} (usage: ${usage})`);
  return {
    runs: wholeNumber(values.runs, '--runs', { min: 1, max: 100 }),
    copies: wholeNumber(values.copies, '--copies', { min: 1, max: 100 }),
    launcher: values.launcher,
    formatters: values.formatters,
  };
});
const cucumber = path.join(root, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js');
/** @type {(args: string[]) => [string, string[]]} */
const direct = (args) => (launcher === 'npx' ? ['npx', ['cucumber-js', ...args]] : [process.execPath, [cucumber, ...args]]);
// GNU time, where installed, adds the CPU seconds of each run: steadier than wall time on a shared machine.
const gnuTime = '/usr/bin/time';
/** @type {(args: string[]) => [string, string[]]} */
const command = (args) => {
  const [cmd, argv] = direct(args);
  return fs.existsSync(gnuTime) ? [gnuTime, ['-f', 'bench-cpu %U %S', cmd, ...argv]] : [cmd, argv];
};
const { reportFormats } = require('../src/reports-off-thread/reports-formatter.js');
/** Cucumber arguments for the formats and options reportFormats gives. */
const offThread = ({ format, formatOptions }) => [
  ...format.flatMap((f) => ['--format', f]),
  '--format-options',
  JSON.stringify(formatOptions),
];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'signin-bench-'));

function copyFeatures(n) {
  const dir = path.join(tmp, `features-x${n}`);
  for (let i = 1; i <= n; i++) fs.cpSync(path.join(root, 'features'), path.join(dir, `copy-${i}`), { recursive: true });
  return dir;
}

function floorConfig() {
  const file = path.join(tmp, 'cucumber.floor.js');
  const steps = path.join(__dirname, 'bench', 'floor-steps.js');
  fs.writeFileSync(file, `module.exports = { default: { require: [${JSON.stringify(steps)}], format: ['summary'], strict: true } };\n`);
  return file;
}

/** Wall time (and CPU time, when known) of one whole process, in seconds; throws unless it exits 0 and the expected files exist. */
function timed(args, env, expected) {
  const reports = path.join(tmp, 'reports');
  fs.rmSync(reports, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const [cmd, argv] = command(args);
  const r = spawnSync(cmd, argv, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`cucumber-js ${args.join(' ')} exited ${r.status}\n${(r.stdout + r.stderr).slice(-3000)}`);
  for (const f of expected) if (!fs.existsSync(path.join(reports, f))) throw new Error(`the run left no ${f}`);
  const cpu = /bench-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  lastCpu = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
  return seconds;
}
let lastCpu = NaN;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function bench(label, featuresPath, floorCfg) {
  const realEnv = {
    SIGNIN_DRIVER: 'in-process',
    SIGNIN_COLUMN: 'Reference client, in-process',
    SIGNIN_REPORTS_DIR: path.join(tmp, 'reports'),
  };
  const expected = ['default/cucumber.html', 'default/junit.xml', 'default/messages.ndjson', 'default/allure-results'];
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const floor = timed(['--config', path.relative(root, floorCfg), featuresPath], {}, []);
    const floorCpu = lastCpu;
    const real = timed(['--profile', 'default', featuresPath], realEnv, expected);
    pairs.push({ floor, real, ratio: real / floor, cpuRatio: lastCpu / floorCpu });
    console.log(
      `  ${label} run ${i + 1}: floor ${floor.toFixed(2)} s, default profile ${real.toFixed(2)} s, ratio ${(real / floor).toFixed(2)}` +
        ` (CPU ${floorCpu.toFixed(2)} s / ${lastCpu.toFixed(2)} s, ratio ${(lastCpu / floorCpu).toFixed(2)})`,
    );
  }
  return {
    label,
    floor: median(pairs.map((p) => p.floor)),
    real: median(pairs.map((p) => p.real)),
    ratio: median(pairs.map((p) => p.ratio)),
    cpuRatio: median(pairs.map((p) => p.cpuRatio)),
  };
}

/** Each formatter alone against no formatter, on the copies: milliseconds per scenario. */
function formatterCosts(featuresPath, scenarios) {
  const reports = path.join(tmp, 'reports');
  const env = { SIGNIN_DRIVER: 'in-process', SIGNIN_COLUMN: 'Reference client, in-process', SIGNIN_REPORTS_DIR: reports };
  const formatters = {
    none: [],
    progress: ['--format', 'progress'],
    message: ['--format', `message:${path.join(reports, 'm.ndjson')}`],
    html: ['--format', `html:${path.join(reports, 'c.html')}`],
    junit: ['--format', `junit:${path.join(reports, 'j.xml')}`],
    allure: [],
    // The default profile's way: the four reports, three of them written by a worker thread.
    'off-thread': offThread(
      reportFormats(path.join(reports, 'off-thread'), { junit: {}, allure: { profile: 'off-thread', reportsDir: reports } }),
    ),
  };
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries(Object.keys(formatters).map((k) => [k, []]));
  /** @type {Record<string, number[]>} */
  const cpu = Object.fromEntries(Object.keys(formatters).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, args] of Object.entries(formatters)) {
      const wall = timed(['--profile', name === 'allure' ? 'allure-only' : 'api', ...args, featuresPath], env, []);
      (times[name] ??= []).push(wall);
      (cpu[name] ??= []).push(lastCpu);
    }
  const none = median(times.none);
  const noneCpu = median(cpu.none);
  console.log(
    `\nformatter cost per scenario (${scenarios} scenarios, median of ${runs}; none = ${none.toFixed(2)} s wall, ${noneCpu.toFixed(2)} s CPU):`,
  );
  for (const name of Object.keys(formatters).slice(1))
    console.log(
      `  ${name.padEnd(10)} ${(((median(times[name]) - none) * 1000) / scenarios).toFixed(2)} ms wall` +
        `  ${(((median(cpu[name]) - noneCpu) * 1000) / scenarios).toFixed(2)} ms CPU`,
    );
}

try {
  const cfg = floorConfig();
  if (formatters) {
    const n = fs.readFileSync(path.join(root, 'reports', 'default', 'junit.xml'), 'utf8').match(/tests="(\d+)"/);
    formatterCosts(copyFeatures(copies), Number(n?.[1] ?? 73) * copies);
  } else {
    const results = [
      bench('features as they are', path.join(root, 'features'), cfg),
      bench(`features x${copies}`, copyFeatures(copies), cfg),
    ];
    console.log(`\nmedian of ${runs} paired runs (default profile / do-nothing floor, launched with ${launcher}):`);
    for (const r of results)
      console.log(
        `  ${r.label.padEnd(22)} floor ${r.floor.toFixed(2)} s  default ${r.real.toFixed(2)} s  ratio ${r.ratio.toFixed(2)}` +
          `  (CPU time ratio ${r.cpuRatio.toFixed(2)})`,
      );
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
