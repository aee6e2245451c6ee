import { expect } from 'chai';
import { test } from 'node:test';
import { clientLimits } from './client-limits';
import { tally } from './client-tally';
import { liveCount } from './live-clients';
import type { ProcessEnd, ProcessGroupEvents } from './process-group';
import { realDelay } from './real-timers';
import { WarmSpare } from './warm-spare';

const limits = clientLimits({});
/** Answers one line with "ready <SPARE_TAG>", then waits for stdin to close. */
const echo = { command: 'read -r _; echo "ready $SPARE_TAG"; cat >/dev/null', cwd: process.cwd(), name: null };
const env = (tag: string): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, SPARE_TAG: tag });

/** Events that record what the process said and how it ended. */
function recorder(): { events: ProcessGroupEvents; out: () => string; end: Promise<ProcessEnd> } {
  let text = '';
  let ended: (end: ProcessEnd) => void = () => undefined;
  const end = new Promise<ProcessEnd>((resolve) => (ended = resolve));
  return {
    events: { stdout: (c) => void (text += c.toString('utf8')), stderrFlood: () => undefined, leftBehind: () => undefined, ended },
    out: () => text,
    end,
  };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await realDelay(25);
}

const cases: { name: string; first: string; then: string; dies?: boolean; handsOut: boolean }[] = [
  { name: 'the spare is handed out for the same environment', first: 'a', then: 'a', handsOut: true },
  { name: 'a spare for another environment is ended, not handed out', first: 'a', then: 'b', handsOut: false },
  { name: 'a spare that ended by itself is not handed out', first: 'a', then: 'a', dies: true, handsOut: false },
];

for (const c of cases) {
  test(`WarmSpare: ${c.name}`, async () => {
    const spare = new WarmSpare(c.dies ? { ...echo, command: 'exit 0' } : echo, limits);
    try {
      expect(spare.take(env(c.first))).to.equal(null, 'no spare before the first start');
      spare.refill();
      const before = tally.starts;
      if (c.dies) await realDelay(300);
      const group = spare.take(env(c.then));
      expect(group !== null).to.equal(c.handsOut);
      expect(tally.starts).to.equal(before, 'a spare is no start until it is attached');
      if (!group) return;
      const r = recorder();
      group.attach(r.events);
      expect(tally.starts).to.equal(before + 1);
      group.write('go');
      await until(() => r.out().includes('\n'));
      expect(r.out()).to.equal(`ready ${c.then}\n`);
      await group.kill();
    } finally {
      await spare.close();
      // Every spare is gone once close has ended: none is left running when the harness exits right after.
      expect(liveCount()).to.equal(0, 'processes still running after close');
    }
  });
}

test('WarmSpare: close ends the waiting spare, and nothing of it is counted', async () => {
  const spare = new WarmSpare(echo, limits);
  spare.take(env('a'));
  spare.refill();
  const counted = { ...tally };
  const group = spare.take(env('a'));
  expect(group?.alive).to.equal(true);
  spare.refill();
  // The one handed out is a client now; the next one waits, and close ends it.
  const r = recorder();
  group?.attach(r.events);
  await group?.kill();
  await spare.close();
  expect(tally.starts).to.equal(counted.starts + 1);
  expect(tally.clients).to.equal(counted.clients + 1);
});

test("WarmSpare: a spare's output waits for its owner, who hears it first", async () => {
  const early = { ...echo, command: 'echo "early $SPARE_TAG"; read -r _; echo late' };
  const spare = new WarmSpare(early, limits);
  try {
    spare.take(env('x'));
    spare.refill();
    await realDelay(300);
    const group = spare.take(env('x'));
    const r = recorder();
    group?.attach(r.events);
    group?.write('go');
    await until(() => r.out().includes('late'));
    expect(r.out()).to.equal('early x\nlate\n');
    await group?.kill();
  } finally {
    await spare.close();
  }
});
