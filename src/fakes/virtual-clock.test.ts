import { expect } from 'chai';
import { test } from 'node:test';
import sinon from 'sinon';
import { rejection } from '../../test-support/rejection';
import { VirtualClock } from './virtual-clock';

test('clock: advance runs due tasks in time order and stops at the target', async () => {
  const clock = new VirtualClock(0);
  const [a, b, late] = [sinon.spy(), sinon.spy(), sinon.spy()];
  clock.schedule(300, 'timer', b);
  clock.schedule(100, 'io', a);
  clock.schedule(5000, 'timer', late);
  await clock.advance(1000);
  sinon.assert.callOrder(a, b);
  sinon.assert.notCalled(late);
  expect(clock.elapsed()).to.equal(1000);
});

test('clock: tasks due at the same time run in the order they were scheduled', async () => {
  const clock = new VirtualClock(0);
  const [first, second, third] = [sinon.spy(), sinon.spy(), sinon.spy()];
  clock.schedule(100, 'timer', first);
  clock.schedule(100, 'io', second);
  clock.schedule(100, 'timer', third);
  await clock.advance(100);
  sinon.assert.callOrder(first, second, third);
});

test('clock: an async task is awaited before the next one runs', async () => {
  const clock = new VirtualClock(0);
  const ran: string[] = [];
  const slow = sinon.stub().callsFake(async () => {
    for (let hop = 0; hop < 10; hop++) await Promise.resolve();
    ran.push('slow done');
  });
  const next = sinon.stub().callsFake(() => void ran.push('next'));
  clock.schedule(10, 'io', slow);
  clock.schedule(10, 'io', next);
  await clock.settle();
  expect(ran).to.deep.equal(['slow done', 'next']);
});

test('clock: settle delivers io (and what it schedules) but leaves later timers alone', async () => {
  const clock = new VirtualClock(0);
  const [second, retry] = [sinon.spy(), sinon.spy()];
  clock.schedule(50, 'io', () => void clock.schedule(50, 'io', second));
  clock.schedule(30_000, 'timer', retry);
  await clock.settle();
  sinon.assert.calledOnce(second);
  sinon.assert.notCalled(retry);
  expect(clock.elapsed()).to.equal(100);
  expect(clock.pending('timer')).to.equal(1);
});

test('clock: settle runs a timer that falls due before the next delivery', async () => {
  const clock = new VirtualClock(0);
  const [timer, delivery] = [sinon.spy(), sinon.spy()];
  clock.schedule(30, 'timer', timer);
  clock.schedule(60, 'io', delivery);
  await clock.settle();
  sinon.assert.callOrder(timer, delivery);
});

test('clock: a cancelled task never runs', async () => {
  const clock = new VirtualClock(0);
  const task = sinon.spy();
  clock.cancel(clock.schedule(10, 'timer', task));
  await clock.advance(100);
  sinon.assert.notCalled(task);
  expect(clock.pending()).to.equal(0);
});

test('clock: settle leaves an answer slower than its horizon in flight', async () => {
  const clock = new VirtualClock(0);
  clock.schedule(90_000, 'io', () => undefined);
  await clock.settle();
  expect(clock.pending('io')).to.equal(1);
  expect(clock.elapsed()).to.equal(0);
});

test('clock: time only moves forward', async () => {
  expect((await rejection(new VirtualClock(0).advance(-1))).message).to.match(/only moves forward/);
});

test('clock: a task that reschedules itself forever is stopped with a clear error', async () => {
  const clock = new VirtualClock(0);
  const loop = (): void => void clock.schedule(0, 'io', loop);
  loop();
  expect((await rejection(clock.settle(5000, 50))).message).to.match(/looping/);
});

test('clock: eight simulated hours cost no real time', async () => {
  const clock = new VirtualClock(0);
  const tick = sinon.spy(() => void clock.schedule(30_000, 'timer', tick));
  clock.schedule(30_000, 'timer', tick);
  const started = Date.now();
  await clock.advance(8 * 3_600_000);
  expect(tick.callCount).to.equal(960);
  expect(Date.now() - started).to.be.below(1000);
});
