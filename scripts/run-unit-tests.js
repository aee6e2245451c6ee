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
  const failures = out.split('\n').filter((l) => /^\s*not ok /.test(l));
  if (failed > 0) console.log(out.split('\n').slice(-120).join('\n'));
  for (const f of failures) console.log(f);
  console.log(`unit tests (${dirs.join(', ')}): ${passed} passed, ${failed} failed in ${files.length} files`);
  writeTally(tallyName, passed, failed);
  return { passed, failed };
}

module.exports = { runUnitTests };

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
