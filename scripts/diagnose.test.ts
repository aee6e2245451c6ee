import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(__dirname, 'diagnose.js'), ...args], { encoding: 'utf8', timeout: 120_000, input: '' });

test('npm run diagnose: a wrong option is refused with the usage line and exit 2; vague words print a question', () => {
  const cases: readonly [string[], number, RegExp][] = [
    [['spins', '--colour', 'red'], 2, /usage: npm run diagnose/],
    [['spins', '--users', 'many'], 2, /--users takes one\|several/],
    [['spins'], 0, /Ask:\n {2}.+\?\n {4}--answer /],
  ];
  for (const [args, status, out] of cases) {
    const r = run(...args);
    expect(r.status, args.join(' ')).to.equal(status);
    expect(`${r.stdout}${r.stderr}`, args.join(' ')).to.match(out);
  }
});
