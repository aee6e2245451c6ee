import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { test } from 'node:test';
import { freshFolder, gate, hostileFixture, killAll, oneScenario, processesWith, referenceHost } from './support/gate';

/**
 * Issue 25: a client's processes cannot outlive it. The client works (the reference client) but first leaves two
 * processes that hide from every search: one in a session of its own, one forked twice into a group of its own, both
 * with an empty environment and their standard streams closed. Once the gate has exited, none may run; and the gate
 * names them as the client's fault ("left processes", docs/gate.md), so the run fails.
 */
test('processes that left the session, emptied their environment and closed their streams do not outlive the gate', () => {
  const token = randomUUID();
  const client = `sh ${hostileFixture('escaping-client.sh')} ${token} ${process.execPath} ${referenceHost}`;
  const out = path.join(freshFolder(), 'reports');
  const run = gate(['--client', client, '--out', out, '--no-tally', ...oneScenario]);
  const left = processesWith(token);
  killAll(left);
  expect(left, `processes of the client still running after the gate exited ${run.status}`).to.deep.equal([]);
  expect(run.stdout).to.match(/^Containment: each client in a PID namespace of its own/m);
  expect(run.stdout, run.stdout + run.stderr).to.match(
    /left processes running, which the harness ended: 2 processes that had left its process group/,
  );
  expect(run.stdout).to.match(/^0 passed, 1 failed$/m);
  expect(run.status).to.equal(1);
});
