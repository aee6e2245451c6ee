import { expect } from 'chai';
import { present } from '../../test-support/present';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { faultSwitches } from '../fakes';
import * as addressBookTasks from '../harness/tasks/address-book-tasks';
import * as adminTasks from '../harness/tasks/admin-tasks';
import * as contactTasks from '../harness/tasks/contact-tasks';
import * as conversationTasks from '../harness/tasks/conversation-tasks';
import * as diagnosticsTasks from '../harness/tasks/diagnostics-tasks';
import * as dialogTasks from '../harness/tasks/dialog-tasks';
import * as faultTasks from '../harness/tasks/fault-tasks';
import * as lyncTasks from '../harness/tasks/lync-tasks';
import * as outlookTasks from '../harness/tasks/outlook-tasks';
import * as presenceTasks from '../harness/tasks/presence-tasks';
import * as sdkTasks from '../harness/tasks/sdk-tasks';
import * as sessionTasks from '../harness/tasks/session-tasks';
import * as setupTasks from '../harness/tasks/setup-tasks';
import * as worldTasks from '../harness/tasks/world-tasks';
import { castArbitrary } from './cast';
import type { Intent } from './command-spec';
import { atTheComputer, commandSpecs } from './command-specs';
import { paramArbitrary } from './fault-commands';

const tasksDir = path.resolve(__dirname, '..', 'harness', 'tasks');

/** Tasks that only turn a registered fault switch: fault commands generate them (names found in their source). */
function switchTasks(file: string): Map<string, string> {
  const source = readFileSync(path.join(tasksDir, file), 'utf8');
  return new Map([...source.matchAll(/export const (\w+) = [^;]*?setFault\(w\.fake, '([^']+)'/gs)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

test('every task a step can call has a generator command', () => {
  const names = new Set(commandSpecs.map((s) => s.name));
  const admin = new Map([
    ...switchTasks('admin-tasks.ts'),
    ...switchTasks('session-tasks.ts'),
    ...switchTasks('diagnostics-tasks.ts'),
    ...switchTasks('address-book-tasks.ts'),
  ]);
  const covered = new Set([
    ...commandSpecs.flatMap((s) => s.covers),
    ...[...admin].filter(([, id]) => names.has(`fault ${id}`)).map(([t]) => t),
  ]);
  const modules = {
    lyncTasks,
    worldTasks,
    setupTasks,
    dialogTasks,
    adminTasks,
    presenceTasks,
    sessionTasks,
    diagnosticsTasks,
    addressBookTasks,
    contactTasks,
    outlookTasks,
    conversationTasks,
    sdkTasks,
  };
  const missing = Object.entries(modules).flatMap(([m, exports]) =>
    Object.entries(exports)
      .filter(([, v]) => typeof v === 'function')
      .map(([name]) => name)
      .filter((name) => !covered.has(name))
      .map((name) => `${m}.${name}`),
  );
  expect(missing, 'add a command to src/explore/command-specs.ts (or name the task in the "covers" of one that produces it)').to.deep.equal(
    [],
  );
});

test('every task module of the steps is known to this test', () => {
  const files = readdirSync(tasksDir);
  expect(files.sort()).to.deep.equal([
    'address-book-tasks.ts',
    'admin-tasks.ts',
    'contact-tasks.ts',
    'conversation-tasks.ts',
    'diagnostics-tasks.ts',
    'dialog-tasks.ts',
    'fault-tasks.ts',
    'lync-tasks.ts',
    'outlook-tasks.ts',
    'presence-tasks.ts',
    'sdk-tasks.ts',
    'session-tasks.ts',
    'setup-tasks.ts',
    'world-tasks.ts',
  ]);
});

test('every fault task turns a switch that has generator commands', () => {
  const source = readFileSync(path.join(tasksDir, 'fault-tasks.ts'), 'utf8');
  const ids = [...source.matchAll(/setFault\(w\.fake, '([^']+)'/g)].map((m) => m[1]);
  expect(ids.length >= Object.keys(faultTasks).length - 1, 'each fault task names its switch').to.equal(true);
  const names = new Set(commandSpecs.map((s) => s.name));
  expect(ids.filter((id) => !names.has(`fault ${id}`))).to.deep.equal([]);
});

test('every fault switch has a command that turns it on, and off when it can be turned off', () => {
  const cast = fc.sample(castArbitrary, { seed: 3, numRuns: 1 })[0];
  present(cast);
  for (const s of faultSwitches) {
    const spec = commandSpecs.find((c) => c.name === `fault ${s.id}`);
    present(spec, `no generator command for fault switch "${s.id}"`);
    const intents: Intent[] = fc.sample(spec.intents(cast), { seed: 5, numRuns: 40 });
    expect(
      intents.some((i) => i.args.on === true),
      `"${s.id}" is never turned on`,
    ).to.equal(true);
    expect(
      intents.some((i) => i.args.on === false),
      `"${s.id}" off iff it has a turnOff`,
    ).to.equal(s.turnOff !== undefined);
    for (const p of s.params) for (const i of intents) expect(i.args[p.name], `"${s.id}" lacks ${p.name}`).to.not.equal(undefined);
  }
});

test('numbers for fault parameters stay within their limits', () => {
  const cast = fc.sample(castArbitrary, { seed: 3, numRuns: 1 })[0];
  present(cast);
  for (const s of faultSwitches)
    for (const p of s.params)
      if (p.kind === 'number')
        for (const v of fc.sample(paramArbitrary(p, cast), { seed: 1, numRuns: 50 }))
          expect(typeof v === 'number' && v >= p.min && v <= p.max, `${s.id}.${p.name} = ${v}`).to.equal(true);
});

test('every command a person does at the keyboard is named as one (none may happen while the computer sleeps)', () => {
  const names = new Set(commandSpecs.map((s) => s.name));
  expect(
    [...atTheComputer].filter((n) => !names.has(n)),
    'names that are no command',
  ).to.deep.equal([]);
});
