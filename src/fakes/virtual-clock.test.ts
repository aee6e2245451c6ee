import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from './virtual-clock';

test('clock: advance runs due tasks in time order and stops at the target', async () => {
  const clock = new VirtualClock(0);
  const ran: string[] = [];
  clock.schedule(300, 'timer', () => void ran.push('b'));
  clock.schedule(100, 'io', () => void ran.push('a'));
  clock.schedule(5000, 'timer', () => void ran.push('late'));
  await clock.advance(1000);
  assert.deepEqual(ran, ['a', 'b']);
  assert.equal(clock.elapsed(), 1000);
});

test('clock: settle delivers io (and what it schedules) but leaves later timers alone', async () => {
  const clock = new VirtualClock(0);
  const ran: string[] = [];
  clock.schedule(50, 'io', () => void clock.schedule(50, 'io', () => void ran.push('second')));
  clock.schedule(30_000, 'timer', () => void ran.push('retry'));
  await clock.settle();
  assert.deepEqual(ran, ['second']);
  assert.equal(clock.elapsed(), 100);
  assert.equal(clock.pending('timer'), 1);
});

test('clock: settle leaves an answer slower than its horizon in flight', async () => {
  const clock = new VirtualClock(0);
  clock.schedule(90_000, 'io', () => undefined);
  await clock.settle();
  assert.equal(clock.pending('io'), 1);
  assert.equal(clock.elapsed(), 0);
});

test('clock: time only moves forward', async () => {
  await assert.rejects(new VirtualClock(0).advance(-1), /only moves forward/);
});

test('clock: a task that reschedules itself forever is stopped with a clear error', async () => {
  const clock = new VirtualClock(0);
  const loop = (): void => void clock.schedule(0, 'io', loop);
  loop();
  await assert.rejects(clock.settle(5000, 50), /looping/);
});

test('clock: eight simulated hours cost no real time', async () => {
  const clock = new VirtualClock(0);
  let fired = 0;
  const tick = (): void => {
    fired++;
    clock.schedule(30_000, 'timer', tick);
  };
  clock.schedule(30_000, 'timer', tick);
  const started = Date.now();
  await clock.advance(8 * 3_600_000);
  assert.equal(fired, 960);
  assert.ok(Date.now() - started < 1000);
});
