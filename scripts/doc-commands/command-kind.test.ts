import { expect } from 'chai';
import { test } from 'node:test';
import { commandKind, type Project, readCi } from './command-kind';

const ci = `#!/usr/bin/env bash
step npm ci --no-audit --no-fund
if ! command -v chromium >/dev/null 2>&1; then
  step bash -c 'apt-get update -qq && apt-get install -y -qq chromium >/dev/null'
fi
step npm test
step npm run test:ui
step env SIGNIN_DRIVER=browser npm run test:mutants
step npm run gate -- --client "python3 client.py" --expect e.json --explore 30
step npm run report
`;

const project: Project = { ...readCi(ci), scripts: ['gate', 'reproduce', 'start', 'test'], bins: ['signin-sim-gate'] };

test('.ci/run: its steps, with their lines, and the packages it installs', () => {
  const { steps, packages } = readCi(ci);
  expect(steps.map((s) => [s.line, s.command])).to.deep.equal([
    [2, 'npm ci --no-audit --no-fund'],
    [4, "bash -c 'apt-get update -qq && apt-get install -y -qq chromium >/dev/null'"],
    [6, 'npm test'],
    [7, 'npm run test:ui'],
    [8, 'SIGNIN_DRIVER=browser npm run test:mutants'],
    [9, 'npm run gate -- --client "python3 client.py" --expect e.json --explore 30'],
    [10, 'npm run report'],
  ]);
  expect(packages).to.deep.equal(['chromium']);
});

test('what the doc test does with each command', () => {
  const cases: [string, unknown][] = [
    ['npm ci', { kind: 'ci step', line: 2, part: false }],
    ['npm test', { kind: 'ci step', line: 6, part: false }],
    ['npm  run   test:ui', { kind: 'ci step', line: 7, part: false }],
    ['SIGNIN_DRIVER=browser npm run test:mutants', { kind: 'ci step', line: 8, part: false }],
    ['env SIGNIN_DRIVER=browser npm run test:mutants', { kind: 'ci step', line: 8, part: false }],
    ['npm run gate -- --client "python3 client.py" --expect e.json --explore 30', { kind: 'ci step', line: 9, part: false }],
    ['npm run test:ui -- --tags @FS-07', { kind: 'ci step', line: 7, part: true }],
    ['npm run test:external', { kind: 'suite not in ci', suite: 'npm run test:external' }],
    ['npm run test:docs -- x', { kind: 'suite not in ci', suite: 'npm run test:docs' }],
    ['npm run report:allure', { kind: 'run' }],
    ['npm run reproduce -- features/a.feature:3', { kind: 'run' }],
    ['npm run gate -- --client "python3 other.py"', { kind: 'run' }],
    ['sudo apt-get update && sudo apt-get install -y chromium', { kind: 'system packages', packages: ['chromium'], missing: [] }],
    [
      'apt-get install -y openjdk-17-jre-headless',
      { kind: 'system packages', packages: ['openjdk-17-jre-headless'], missing: ['openjdk-17-jre-headless'] },
    ],
    ['npm run gate -- --client "<your client>"', { kind: 'template', program: { kind: 'npm script', name: 'gate', exists: true } }],
    ['npm run gates -- <x>', { kind: 'template', program: { kind: 'npm script', name: 'gates', exists: false } }],
    ['npx signin-sim-gate --client "<c>"', { kind: 'template', program: { kind: 'npx bin', name: 'signin-sim-gate', exists: true } }],
    [
      'node -r ./scripts/register-ts.js scripts/explore.js --client "<cmd>"',
      { kind: 'template', program: { kind: 'file', path: 'scripts/explore.js' } },
    ],
    ['git clone <repository> signin-sim', { kind: 'template', program: { kind: 'on PATH', name: 'git' } }],
    ['sort < input.txt > out.txt', { kind: 'run' }],
  ];
  for (const [command, expected] of cases) {
    const k = commandKind(command, project);
    const seen = k.kind === 'ci step' ? { kind: k.kind, line: k.step.line, part: k.part } : k;
    expect(seen, command).to.deep.equal(expected);
  }
});
