import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { root } from './support/run-gate';

/** The other end validates too: both clients refuse what does not fit the protocol, with the JSON-RPC error for it. */
const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: 'signin-sim/4',
    identity: { computer: 'PC1', windowsUser: 'alice', version: '15.0.4569.1503', pid: 4000 },
    harness: { name: 'test', version: '0' },
  },
};
const badWindow = {
  jsonrpc: '2.0',
  id: 2,
  method: 'client/deliver',
  params: { event: { type: 'user.click', window: 'mian', control: 'Sign In' } },
};

const clients = [
  { name: 'the reference client host', command: process.execPath, args: [path.join(root, 'bin', 'reference-client-host.js')] },
  { name: 'the python example', command: 'python3', args: [path.join(root, 'examples', 'python-client', 'client.py')] },
];

for (const c of clients) {
  test(`${c.name} answers initialize, then refuses a misspelt window with -32602 and stops`, () => {
    const input = [initialize, badWindow].map((m) => JSON.stringify(m)).join('\n') + '\n';
    const r = spawnSync(c.command, c.args, { input, encoding: 'utf8', timeout: 20_000 });
    const answers = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; result?: { protocolVersion: string }; error?: { code: number; message: string } });
    expect(answers[0]?.result?.protocolVersion, r.stderr).to.equal('signin-sim/4');
    expect(answers[1]?.id).to.equal(2);
    expect(answers[1]?.error?.code).to.equal(-32602);
    expect(answers[1]?.error?.message ?? '').to.match(/window/);
    expect(r.status).to.equal(2);
  });

  test(`${c.name} exits when its stdin closes`, () => {
    const r = spawnSync(c.command, c.args, { input: `${JSON.stringify(initialize)}\n`, encoding: 'utf8', timeout: 20_000 });
    expect(r.status, r.stderr).to.equal(0);
  });
}
