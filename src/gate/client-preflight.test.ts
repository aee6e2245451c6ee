import { expect } from 'chai';
import * as path from 'node:path';
import { test } from 'node:test';
import { clientCannotStart } from './client-preflight';

const root = path.resolve(__dirname, '..', '..');
const cases: { command: string; says: RegExp | null }[] = [
  { command: 'python3 examples/python-client/client.py', says: null },
  { command: 'PYTHONUNBUFFERED=1 python3 -u examples/python-client/client.py', says: null },
  { command: `'${process.execPath}' '${path.join(root, 'bin', 'reference-client-host.js')}'`, says: null },
  { command: 'cd examples && python3 nothing-here.py', says: null },
  { command: '', says: /empty/ },
  { command: './no-such-client', says: /no-such-client is no executable file/ },
  { command: 'README.md', says: /no program "README.md" on PATH/ },
  { command: './README.md', says: /README\.md is no executable file/ },
  { command: 'no-such-program-h25 x', says: /no program "no-such-program-h25" on PATH/ },
  { command: 'python3 examples/python-client/nothing.py', says: /nothing\.py does not exist/ },
];

for (const c of cases) {
  test(`clientCannotStart: ${JSON.stringify(c.command)}`, () => {
    const why = clientCannotStart(c.command, root, process.env);
    if (c.says === null) expect(why).to.equal(null);
    else expect(why).to.match(c.says);
  });
}
