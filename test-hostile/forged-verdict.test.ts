import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { freshFolder, gate, hostileFixture, oneScenario } from './support/gate';

/**
 * Issue 25: a client cannot forge the verdict. The forging client writes a messages.ndjson in which its scenario
 * passed over every one it can find, then crashes. The gate judges from its own record of the run: the scenario
 * failed, the run fails, and a messages.ndjson that is not what cucumber-js wrote is named.
 */
for (const knows of [false, true]) {
  test(`a client that replaces messages.ndjson with a passing copy and crashes fails the gate (${knows ? 'told' : 'not told'} where the reports go)`, () => {
    const tmp = freshFolder();
    const out = path.join(tmp, 'reports');
    const client = `node ${hostileFixture('forging-client.js')}${knows ? ` ${out}` : ''}`;
    const run = gate(['--client', client, '--out', out, '--no-tally', ...oneScenario], {
      FAULTY_PID_DIR: tmp,
    });
    const output = run.stdout + run.stderr;
    expect(run.stdout, output).to.match(/✗ FAILED \(not listed as a known deviation\): Save my password starts ticked/);
    expect(run.stdout, output).to.match(/^0 passed, [1-9]\d* failed$/m);
    expect(run.status, output).to.equal(1);
    const forged = existsSync(path.join(tmp, 'forged')) ? readFileSync(path.join(tmp, 'forged'), 'utf8').split('\n').filter(Boolean) : [];
    // Not told, it finds no reports: neither its environment nor the processes its /proc shows name them.
    expect(forged, 'the reports the client found').to.deep.equal(knows ? [path.join(out, 'messages.ndjson')] : []);
    if (forged.length > 0) expect(run.stdout, `forged ${forged.join(', ')}`).to.match(/✗ messages\.ndjson is not what cucumber-js wrote/);
    const junit = readFileSync(path.join(out, 'junit.xml'), 'utf8');
    expect(junit, 'junit.xml names the run').to.match(/<property name="signin-sim\.run" value="[0-9a-f-]{36}"\/>/);
    const runJson = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8')) as { gate: { run: string; verdict: { failed: number } } };
    expect(junit.includes(runJson.gate.run), 'junit.xml and run.json name the same run').to.equal(true);
    expect(runJson.gate.verdict.failed > 0, 'run.json holds the verdict').to.equal(true);
  });
}
