#!/usr/bin/env node
// Runs every *.test.ts under src/, mutants/ and scripts/ with Node's test runner (ts-node, transpile only).
// Usage: node scripts/run-unit-tests.js [dir ...]   (default: src mutants)
// Writes reports/tally/<name>.json with the number of tests passed and failed.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { writeTally } = require('./tally');

const walk = (dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : []))
    : [];

function runUnitTests(dirs, tallyName) {
  const files = dirs.flatMap(walk).sort();
  if (files.length === 0) {
    console.log(`no test files under ${dirs.join(', ')}`);
    writeTally(tallyName, 0, 1);
    return { passed: 0, failed: 1 };
  }
  const r = spawnSync(process.execPath, ['-r', require.resolve('./register-ts'), '--test', '--test-reporter=tap', ...files], {
    encoding: 'utf8',
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = `${r.stdout}${r.stderr}`;
  const count = (key) => Number((out.match(new RegExp(`^# ${key} (\\d+)`, 'm')) ?? [])[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled') + (r.status !== 0 && count('fail') === 0 ? 1 : 0);
  const lines = out.split('\n');
  const failures = lines.filter((l) => /^\s*not ok /.test(l));
  // Each failure with its own block (the error, expected and found), not the tail of the output, which is the last
  // tests' timings; the tail only when no test failed by name (a crash of the runner itself).
  if (failed > 0) console.log((failures.length > 0 ? failureBlocks(lines) : lines.slice(-120)).join('\n'));
  for (const f of failures) console.log(f);
  console.log(`unit tests (${dirs.join(', ')}): ${passed} passed, ${failed} failed in ${files.length} files`);
  writeTally(tallyName, passed, failed);
  return { passed, failed };
}

/** The TAP block of every failed test: its "not ok" line and the YAML diagnostics up to "..." (at most 80 lines each). */
function failureBlocks(lines) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*not ok /.test(lines[i] ?? '')) continue;
    const block = [lines[i]];
    for (let j = i + 1; j < lines.length && j <= i + 80; j++) {
      block.push(lines[j]);
      if (/^\s*\.\.\.\s*$/.test(lines[j] ?? '')) break;
    }
    out.push(...block);
  }
  return out;
}

module.exports = { runUnitTests, failureBlocks };

if (require.main === module) {
  const { commandLineOrExit, orExit, UsageError } = require('./command-line');
  const usage = 'node scripts/run-unit-tests.js [dir ...]';
  const dirs = commandLineOrExit('run-unit-tests', usage, { positionals: [0, Infinity] }).positionals;
  orExit('run-unit-tests', () => {
    const missing = dirs.find((d) => !fs.existsSync(d) || !fs.statSync(d).isDirectory());
    if (missing !== undefined) throw new UsageError(`no folder ${JSON.stringify(missing)} (usage: ${usage})`);
  });
  const r = runUnitTests(dirs.length ? dirs : ['src', 'mutants'], dirs.length ? `unit-${dirs.join('-').replace(/\W+/g, '_')}` : 'unit');
  process.exitCode = r.failed === 0 ? 0 : 1;
}
