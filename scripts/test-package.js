#!/usr/bin/env node
// npm run test:package: the gate as a client team gets it. Packs signin-sim (prepack compiles it into dist/),
// installs the tarball in an empty temporary folder with `npm install <tarball>`, and runs `npx signin-sim-gate`
// there: --version, then a few scenarios against the packaged reference client. Ends with "N passed, N failed".
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { writeTally } = require('./tally');
const { readRecipe, recipes } = require('./ci-recipes');

const root = path.resolve(__dirname, '..');
const version = require('../package.json').version;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const scenarios = ["^Sign Out from the Lync icon's menu$", '^Two prompts for the calendar connection$'];

const checks = [];
const check = (name, ok, detail = '') => {
  checks.push(ok);
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok || !detail ? '' : `\n${detail}`}`);
};
const run = (command, args, cwd, env = {}) => {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'signin-package-'));
const pack = run(npm, ['pack', '--pack-destination', tmp], root);
const packed = fs.readdirSync(tmp).find((f) => f.endsWith('.tgz'));
const tarball = pack.status === 0 && packed ? path.join(tmp, packed) : null;
check('npm pack makes a tarball', tarball !== null && fs.existsSync(tarball), pack.out.slice(-3000));
if (tarball) {
  const project = path.join(tmp, 'project');
  fs.mkdirSync(project);
  const install = run(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], project);
  check('npm install <tarball> in an empty folder', install.status === 0, install.out.slice(-3000));
  const installed = path.join(project, 'node_modules', 'signin-sim');
  check(
    'the package holds the features, docs, the reference client and compiled JavaScript only',
    [
      'features',
      'docs/gate.md',
      'examples/python-client/client.py',
      'dist/bin/reference-client-host.js',
      'dist/src/gate/run-gate.js',
    ].every((f) => fs.existsSync(path.join(installed, f))) && !fs.existsSync(path.join(installed, 'dist', 'src', 'gate', 'run-gate.ts')),
  );
  check('no TypeScript loader is installed', !fs.existsSync(path.join(project, 'node_modules', 'ts-node')));
  const v = run(npx, ['--no-install', 'signin-sim-gate', '--version'], project);
  check(`signin-sim-gate --version prints ${version}`, v.status === 0 && v.out.trim() === version, v.out);
  const gate = run(
    npx,
    ['--no-install', 'signin-sim-gate', '--out', 'reports', '--no-tally', '--', '--name', scenarios.join('|')],
    project,
    {
      SIGNIN_ALLURE: '0',
    },
  );
  check(
    'npx signin-sim-gate runs the reference client and exits 0',
    gate.status === 0 && /2 passed, 0 failed/.test(gate.out),
    gate.out.slice(-4000),
  );
  const junit = path.join(project, 'reports', 'junit.xml');
  const xml = fs.existsSync(junit) ? fs.readFileSync(junit, 'utf8') : '';
  check(
    "junit.xml is in the caller's folder, with 2 tests, 0 failures and the gate's version",
    /tests="2"/.test(xml) && /failures="0"/.test(xml) && xml.includes(`name="signin-sim-gate.version" value="${version}"`),
    xml.slice(0, 600),
  );
  runRecipes(project);
}
fs.rmSync(tmp, { recursive: true, force: true });

/**
 * The known deviation `name` and a scenario beside it in the sorted list that falls in the other of two shards (the
 * gate shards round-robin over every scenario before `--name` narrows them): each shard of a recipe then runs one
 * scenario, whatever scenarios are added elsewhere. The partner has a name no other scenario has, that is not a known
 * deviation of the Python example, and that needs no escaping in a regular expression.
 */
function oneInEachShard(name) {
  require('./register-ts');
  const all = require('../src/gate/shard')
    .scenarioList(root)
    .map((s) => s.name);
  const deviations = new Set(
    JSON.parse(fs.readFileSync(path.join(root, 'examples', 'python-client', 'expectations.json'), 'utf8')).knownDeviations.map(
      (d) => d.scenario,
    ),
  );
  const at = all.indexOf(name);
  const fits = (n) => n !== undefined && /^[\w ,'-]+$/.test(n) && !deviations.has(n) && all.filter((x) => x === n).length === 1;
  for (let d = 1; d < all.length; d += 2) for (const i of [at - d, at + d]) if (fits(all[i])) return [name, all[i]];
  throw new Error(`no scenario to run beside "${name}" in the other shard`);
}

/**
 * Each CI recipe of docs/ci-recipes/, its shell commands run with bash in the installed project, job by job as the CI
 * system would: the gate job once per shard (2 here), then the verdict job. The one change: the gate's command gets
 * `-- --name <a few scenarios>` appended, to keep the run short.
 */
function runRecipes(project) {
  fs.cpSync(path.join(root, 'examples', 'python-client'), path.join(project, 'client'), { recursive: true });
  fs.mkdirSync(path.join(project, 'conformance'), { recursive: true });
  fs.copyFileSync(
    path.join(root, 'examples', 'python-client', 'expectations.json'),
    path.join(project, 'conformance', 'expectations.json'),
  );
  const names = oneInEachShard('Two prompts for the calendar connection');
  const narrow = ` -- --name '${names.map((n) => `^${n.replace(/'/g, "'\\''")}$`).join('|')}'`;
  for (const recipe of recipes()) {
    fs.rmSync(path.join(project, 'reports'), { recursive: true, force: true });
    const jobs = readRecipe(recipe.file);
    const bash = (command, env) =>
      run('bash', ['-c', command.startsWith('npx signin-sim-gate --client') ? `${command}${narrow}` : command], project, {
        SIGNIN_ALLURE: '0',
        ...env,
      });
    const results = [];
    for (const shard of [1, 2])
      for (const command of jobs.gate ?? []) results.push({ command, shard, ...bash(command, recipe.shard(shard, 2)) });
    for (const command of jobs.verdict ?? []) results.push({ command, shard: null, ...bash(command, {}) });
    const failed = results.find((r) => r.status !== 0);
    const last = results.find((r) => r.command.startsWith('npx signin-sim-gate merge'))?.out ?? '';
    check(
      `${recipe.name}: its commands run (gate in 2 shards, then the verdict): ${names.length} passed, 0 failed, one junit.xml per shard`,
      jobs.gate?.length > 0 &&
        jobs.verdict?.length > 0 &&
        !failed &&
        /2 passed, 0 failed/.test(last) &&
        [1, 2].every((i) => fs.existsSync(path.join(project, 'reports', `shard-${i}`, 'junit.xml'))) &&
        fs.existsSync(path.join(project, 'reports', 'signin-sim', 'conformance.md')),
      failed ? `${failed.command} (shard ${failed.shard}) exited ${failed.status}:\n${failed.out.slice(-3000)}` : last.slice(-2000),
    );
  }
}
const passed = checks.filter(Boolean).length;
const failed = checks.length - passed;
writeTally('package', passed, failed);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
