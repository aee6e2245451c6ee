// A run owns its reports folder: run.lock, created with O_EXCL (only one process can create it), holds the owner's
// pid, host and a token. A second run waits for it (up to waitMs) or is refused with one line saying who holds it.
// The lock of a process that no longer exists (killed, crashed) is stale: the next run moves it aside and takes the
// folder. The runner (scripts/run-features.js) takes the lock and hands its token to Cucumber's process in
// SIGNIN_REPORTS_LOCK; the reports formatter takes the lock itself when Cucumber runs on its own.
'use strict';

const { linkSync, mkdirSync, openSync, closeSync, readFileSync, renameSync, rmSync, statSync, writeSync } = require('node:fs');
const { hostname } = require('node:os');
const { join } = require('node:path');
const { randomUUID } = require('node:crypto');

const lockName = 'run.lock';
/** A lock file still empty after this long was left by a process killed between creating and writing it. */
const emptyLockGraceMs = 5000;

class FolderInUse extends Error {}

/**
 * @param {string} dir
 * @param {{ waitMs?: number, what?: string, now?: () => number, sleep?: (ms: number) => void }} [options]
 * @returns {{ token: string, release: () => void }}
 */
function lockFolder(dir, { waitMs = 0, what = 'a run', now = Date.now, sleep = sleepSync } = {}) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, lockName);
  const owner = { pid: process.pid, host: hostname(), token: randomUUID(), since: new Date(now()).toISOString(), what };
  const deadline = now() + waitMs;
  for (let attempt = 0; attempt < 10_000; attempt++) {
    if (tryCreate(file, owner)) return { token: owner.token, release: () => releaseLock(dir, owner.token) };
    const holder = readHolder(file, now);
    if (holder === 'gone') continue;
    if (holder === 'stale' || isStale(holder)) {
      moveStaleAside(file, holder, now);
      continue;
    }
    if (now() >= deadline) throw new FolderInUse(inUse(dir, holder));
    sleep(Math.min(250, Math.max(1, deadline - now())));
  }
  throw new FolderInUse(`${dir} could not be locked: its lock file kept changing`);
}

/** True while `token` holds the folder's lock and its holder is alive. */
function holdsLock(dir, token) {
  const holder = readHolder(join(dir, lockName), Date.now);
  return typeof holder === 'object' && holder.token === token && !isStale(holder);
}

function releaseLock(dir, token) {
  const file = join(dir, lockName);
  const holder = readHolder(file, Date.now);
  if (typeof holder === 'object' && holder.token === token) rmSync(file, { force: true });
}

function tryCreate(file, owner) {
  let fd;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The holder, 'gone' when the lock disappeared meanwhile, 'stale' for a lock file left empty or unreadable. */
function readHolder(file, now) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const holder = JSON.parse(text);
    if (typeof holder.pid === 'number' && typeof holder.token === 'string') return holder;
  } catch {
    // being written right now, or left half-written
  }
  try {
    return now() - statSync(file).mtimeMs > emptyLockGraceMs ? 'stale' : { pid: process.pid, host: hostname(), token: '', since: 'now' };
  } catch {
    return 'gone';
  }
}

function isStale(holder) {
  return typeof holder === 'object' && holder.host === hostname() && !isAlive(holder.pid);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * Moves a stale lock aside. Two runs may find the same stale lock: the second one's rename may then move the lock the
 * first one has just taken; it notices (the token differs and its holder is alive) and puts that lock back.
 */
function moveStaleAside(file, holder, now) {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside, now);
  if (typeof moved === 'object' && (holder === 'stale' || moved.token !== holder.token) && !isStale(moved)) {
    try {
      linkSync(aside, file);
    } catch {
      // another run took the folder meanwhile; the moved lock's owner finds its token gone at its end
    }
  }
  rmSync(aside, { force: true });
}

function inUse(dir, holder) {
  const who =
    holder.token === ''
      ? 'a run that is starting'
      : `${holder.what ?? 'a run'} (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since})`;
  return `${dir} is in use by ${who}; wait for it to end, set SIGNIN_REPORTS_WAIT=<seconds> to wait, or SIGNIN_REPORTS_DIR to write elsewhere`;
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

module.exports = { lockFolder, holdsLock, releaseLock, FolderInUse, lockName };
