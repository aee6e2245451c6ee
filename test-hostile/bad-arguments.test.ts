import { expect } from 'chai';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { freshFolder, gate, oneScenario } from './support/gate';

/** Issue 25: arguments the gate cannot run with fail before any scenario runs, with one line and exit 2. */
const cases: readonly { readonly what: string; readonly args: readonly string[]; readonly says: RegExp }[] = [
  { what: 'an unknown flag', args: ['--frobnicate'], says: /unknown argument "--frobnicate"/ },
  { what: '--shard garbage', args: ['--shard', 'garbage'], says: /--shard/ },
  { what: '--client without its command', args: ['--client'], says: /--client needs a value/ },
  { what: '--client ""', args: ['--client', ''], says: /--client needs a value/ },
  {
    what: 'a client program that does not exist',
    args: ['--client', './no-such-client --flag'],
    says: /no-such-client is no executable file/,
  },
  {
    what: 'a client program not on PATH',
    args: ['--client', 'no-such-program-h25 client.py'],
    says: /no program "no-such-program-h25" on PATH/,
  },
  {
    what: "an interpreter's script that does not exist",
    args: ['--client', 'python3 no/such/client.py'],
    says: /no\/such\/client\.py does not exist/,
  },
];

for (const c of cases) {
  test(`${c.what} fails fast: one line, exit 2, no scenario run`, () => {
    const out = path.join(freshFolder(), 'reports');
    const run = gate([...c.args, '--out', out, '--no-tally', ...oneScenario]);
    const lines = run.stderr.trim().split('\n');
    expect(run.status, run.stdout + run.stderr).to.equal(2);
    expect(lines, run.stderr).to.have.length(1);
    expect(lines[0]).to.match(/^signin-sim gate: /);
    expect(lines[0]).to.match(c.says);
    expect(run.stdout, 'no scenario ran').to.not.match(/passed/);
    expect(existsSync(path.join(out, 'messages.ndjson')), 'no run was recorded').to.equal(false);
  });
}
