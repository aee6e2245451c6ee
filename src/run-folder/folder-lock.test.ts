import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { FolderInUse, holdsLock, lockFolder, lockName } from './folder-lock';

const work = mkdtempSync(join(tmpdir(), 'folder-lock-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

const holder = (pid: number, host = hostname()) =>
  JSON.stringify({ pid, host, token: 'theirs', since: '2026-01-01T00:00:00Z', what: 'features default' });

const cases: { name: string; before?: (file: string) => void; taken: boolean; message?: RegExp }[] = [
  { name: 'a free folder is taken', taken: true },
  {
    name: 'a folder held by a live process is refused, naming it',
    before: (f) => writeFileSync(f, holder(process.ppid)),
    taken: false,
    message: /is in use by features default \(pid \d+, since 2026/,
  },
  { name: 'the lock of a process that has ended is stale and taken over', before: (f) => writeFileSync(f, holder(deadPid())), taken: true },
  {
    name: 'a lock from another host is never judged stale',
    before: (f) => writeFileSync(f, holder(deadPid(), 'elsewhere')),
    taken: false,
    message: /on elsewhere/,
  },
  {
    name: 'a lock file just created and not yet written is in use',
    before: (f) => writeFileSync(f, ''),
    taken: false,
    message: /a run that is starting/,
  },
  {
    name: 'a lock file left empty for minutes is stale',
    before: (f) => {
      writeFileSync(f, '');
      utimesSync(f, new Date(0), new Date(0));
    },
    taken: true,
  },
];

cases.forEach((c, i) => {
  test(`lockFolder: ${c.name}`, () => {
    const dir = join(work, `case-${i}`);
    const file = join(dir, lockName);
    lockFolder(dir).release();
    c.before?.(file);
    if (!c.taken) {
      expect(() => lockFolder(dir)).to.throw(FolderInUse, c.message);
      return;
    }
    const lock = lockFolder(dir);
    expect(JSON.parse(readFileSync(file, 'utf8'))).to.include({ pid: process.pid, token: lock.token });
    expect(holdsLock(dir, lock.token)).to.equal(true);
    lock.release();
    expect(holdsLock(dir, lock.token)).to.equal(false);
  });
});

test('lockFolder waits while the folder is in use, up to waitMs, and takes it when freed', () => {
  const dir = join(work, 'wait');
  lockFolder(dir).release();
  writeFileSync(join(dir, lockName), holder(process.ppid));
  let clock = 0;
  const slept: number[] = [];
  const sleep = (ms: number) => {
    slept.push(ms);
    clock += ms;
    if (clock >= 500) rmSync(join(dir, lockName));
  };
  const lock = lockFolder(dir, { waitMs: 2000, now: () => clock, sleep });
  expect(slept).to.deep.equal([250, 250]);
  lock.release();
  writeFileSync(join(dir, lockName), holder(process.ppid));
  expect(() => lockFolder(dir, { waitMs: 600, now: () => clock, sleep: (ms) => (clock += ms) })).to.throw(FolderInUse);
});

test('releasing leaves a lock that another run has taken since', () => {
  const dir = join(work, 'release');
  const lock = lockFolder(dir);
  writeFileSync(join(dir, lockName), holder(process.ppid));
  lock.release();
  expect(readFileSync(join(dir, lockName), 'utf8')).to.contain('theirs');
});
