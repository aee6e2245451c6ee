import { expect } from 'chai';
import { present } from '../test-support/present';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { referenceHostCommand } from '../src/drivers/external/client-command';
import {
  faultAt,
  fixture,
  notedPids,
  notedStillRunning,
  processesOfTest,
  runGate,
  startGate,
  type GateRunResult,
} from './support/run-gate';

/**
 * Issue 13: hostile clients. Each ends within 10 s of its fault, the gate names the fault, and no process of the
 * test is left (checked by the pids the fixture noted, and by every process whose environment names the test's
 * directory). The gate's output carries no stack frame, no escape sequence and no CI workflow command.
 */
const scenario = ['--name', '^Save my password starts ticked$'];
const hostile = (mode: string): string => `node ${fixture('hostile-client.js')} ${mode}`;

function assertCleanEnd(run: GateRunResult, minPids: number): void {
  const fault = faultAt(run.pidDir);
  present(fault, `the fixture never committed its fault:\n${run.output}`);
  expect(run.endedAt - fault < 10_000, `the gate ended ${run.endedAt - fault} ms after the fault`).to.equal(true);
  const pids = notedPids(run.pidDir);
  expect(pids.length >= minPids, `expected at least ${minPids} processes of the client, found ${pids.length}`).to.equal(true);
  expect(notedStillRunning(run.pidDir), 'no process the client started is left running').to.deep.equal([]);
  expect(processesOfTest(run.pidDir), 'no process of this test is left running').to.deep.equal([]);
  expect(run.output, 'no stack frame in the gate output').to.not.match(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.output, 'no stack frame into step-definitions/').to.not.match(/step-definitions\/.*:\d+:\d+/);
  const lines = run.output.split('\n');
  const last = lines.map((l) => /^\d+ passed, \d+ failed$/.test(l)).lastIndexOf(true);
  expect(last > 0, 'the gate ends with "N passed, N failed"').to.equal(true);
  expect(lines[last - 1] ?? '', 'the line before the counts says what the gate ended').to.match(
    /^The gate started the client \d+ times? and ended \d+ process(es)?: /,
  );
}

const cases: readonly {
  readonly what: string;
  readonly mode: string;
  readonly fault: RegExp;
  readonly ended?: RegExp;
  readonly minPids: number;
  readonly env?: NodeJS.ProcessEnv;
}[] = [
  {
    what: 'crashes leaving descendants at three depths in its group',
    mode: 'crash-with-descendants',
    fault:
      /"hostile crash-with-descendants" ended by itself \(exit code 3\) and left processes running, which the harness ended: 3 processes of its process group/,
    ended: /3 processes left in a client's process group after it ended by itself/,
    minPids: 4,
  },
  {
    what: 'leaves two descendants outside its group (setsid) holding stdout, one without any environment',
    mode: 'escape-group',
    fault:
      /"hostile escape-group" ended by itself \(exit code 3\) and left processes running, which the harness ended: \d process(es)? that had left its process group/,
    ended: /2 processes that had left their client's process group/,
    minPids: 3,
  },
  {
    what: 'exits 0 mid-scenario leaving children',
    mode: 'exit-leaving-children',
    fault:
      /"hostile exit-leaving-children" ended by itself \(exit code 0\) and left processes running, which the harness ended: 2 processes of its process group still running after it ended[\s\S]*step: {5}Alice clicks Sign In on PC1/,
    minPids: 3,
  },
  {
    what: 'exits 0 before the step clicks Sign In',
    mode: 'exit-quietly',
    fault:
      /Lync \(alice on PC1\) had exited when the step "Alice clicks Sign In on PC1" ran: external client "hostile exit-quietly" ended \(exit code 0, without process\.exit\)/,
    minPids: 1,
  },
  {
    what: 'floods platform calls inside one request',
    mode: 'flood-in-request',
    fault:
      /"hostile flood-in-request" went over a limit: more platform calls while handling one request than 100 \(SIGNIN_CLIENT_MAX_CALLS_PER_REQUEST/,
    minPids: 1,
  },
  {
    what: 'floods platform calls without reading stdin (caps raised: back-pressure alone holds)',
    mode: 'flood-without-reading',
    fault:
      /"hostile flood-without-reading" hung: it did not answer client\/deliver \(os\.started\) within 1500 ms \(real time\); it stopped reading its stdin, so the harness stopped reading its stdout/,
    minPids: 1,
    env: { SIGNIN_CLIENT_MAX_CALLS_PER_REQUEST: '1000000000', SIGNIN_CLIENT_MAX_CALLS_PER_SCENARIO: '1000000000' },
  },
  {
    what: 'floods platform calls without reading stdin (default caps)',
    mode: 'flood-without-reading',
    fault: /"hostile flood-without-reading" went over a limit: more platform calls while handling one request than 100/,
    minPids: 1,
  },
  {
    what: 'speaks signin-sim/3',
    mode: 'old-version',
    fault:
      /"hostile old-version" speaks protocol "signin-sim\/3"; this harness speaks only "signin-sim\/4" \(see the changelog in docs\/client-protocol\.md/,
    minPids: 1,
  },
];

for (const c of cases) {
  test(`a client that ${c.what} is ended, named and leaves no process`, () => {
    const run = runGate(hostile(c.mode), scenario, c.env);
    expect(run.status, run.output).to.equal(1);
    expect(run.output).to.match(c.fault);
    if (c.ended) expect(run.output).to.match(c.ended);
    assertCleanEnd(run, c.minPids);
  });
}

test('a client whose stderr holds escape sequences and CI workflow commands is shown escaped, in the console and the reports', () => {
  const run = runGate(hostile('hostile-stderr'), scenario);
  expect(run.status, run.output).to.equal(1);
  expect(run.output).to.match(/crashed: the process exited with code 3/);
  expect(run.output.includes('\\x1b[31mred alert\\x1b[0m\\x0d\\x07'), run.output).to.equal(true);
  expect(run.output.includes('‹client› ::error::the build is broken'), run.output).to.equal(true);
  for (const [where, text] of [
    ['console', run.output],
    ...['junit.xml', 'cucumber.html', 'messages.ndjson'].map((f) => [f, readFileSync(path.join(run.out, f), 'utf8')]),
  ] as const) {
    expect(!text.includes('\x1b'), `an escape character in the ${where}`).to.equal(true);
    expect(!text.includes('\x07'), `a bell in the ${where}`).to.equal(true);
    expect(text, `a workflow command in the ${where}`).to.not.match(/^\s*(::|##\[)/m);
  }
  assertCleanEnd(run, 1);
});

test('an unknown field in a result fails its step within 1 s, with the validation message', () => {
  const run = runGate(hostile('unknown-field'), scenario, { SIGNIN_CLIENT_TIMEOUT_MS: '30000' });
  expect(run.status, run.output).to.equal(1);
  expect(run.output).to.match(/its answer to client\/deliver \(os\.started\) does not fit the protocol: result: unknown field "surprise"/);
  const failed = readFileSync(path.join(run.out, 'messages.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('"testStepFinished"'))
    .map(
      (l) =>
        (JSON.parse(l) as { testStepFinished: { testStepResult: { status: string; duration: { seconds: number; nanos: number } } } })
          .testStepFinished.testStepResult,
    )
    .find((r) => r.status === 'FAILED');
  present(failed, 'a failed step');
  const ms = failed.duration.seconds * 1000 + failed.duration.nanos / 1e6;
  expect(ms < 1000, `the step failed after ${ms} ms`).to.equal(true);
  assertCleanEnd(run, 1);
});

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  test(`${signal} to the gate during a run ends cucumber-js and every client within 5 s, writes the results and exits non-zero`, async () => {
    const gate = startGate(hostile('hang-forever'), scenario, { SIGNIN_CLIENT_TIMEOUT_MS: '60000' });
    const deadline = Date.now() + 30_000;
    while (notedPids(gate.pidDir).length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(notedPids(gate.pidDir).length >= 3, 'the client and its children started').to.equal(true);
    const sent = Date.now();
    process.kill(gate.pid, signal);
    const run = await gate.done;
    expect(run.endedAt - sent < 5000, `the gate took ${run.endedAt - sent} ms to end`).to.equal(true);
    expect(run.status, run.output).to.equal(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[signal]);
    expect(run.output).to.match(new RegExp(`Interrupted by ${signal}: the results above are those of the scenarios that had run`));
    expect(run.output).to.match(/Save my password starts ticked[\s\S]*did not finish: the run ended while it ran/);
    expect(
      readFileSync(path.join(run.out, 'messages.ndjson'), 'utf8').includes('testCaseStarted'),
      'the recorded messages are kept',
    ).to.equal(true);
    expect(notedStillRunning(run.pidDir), 'no client process is left running').to.deep.equal([]);
    expect(processesOfTest(run.pidDir), 'neither cucumber-js nor any client is left running').to.deep.equal([]);
  });
}

for (const cap of [
  { setting: 'SIGNIN_CLIENT_MAX_CALLS_PER_SCENARIO', value: '5', words: 'platform calls in one scenario than 5' },
  { setting: 'SIGNIN_CLIENT_MAX_BYTES_PER_SCENARIO', value: '600', words: 'bytes on stdout in one scenario than 600' },
]) {
  test(`${cap.setting} caps the reference client too, as a named fault`, () => {
    const run = runGate(referenceHostCommand, scenario, { [cap.setting]: cap.value });
    expect(run.status, run.output).to.equal(1);
    expect(run.output.includes(`went over a limit: more ${cap.words} (${cap.setting} changes it`), run.output).to.equal(true);
    expect(processesOfTest(run.pidDir), 'no process of this test is left running').to.deep.equal([]);
  });
}
