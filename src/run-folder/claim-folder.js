// What a run does to own its reports folder, for the two processes that may be "the run": the runner
// (scripts/run-features.js), which hands its token to Cucumber's process in SIGNIN_REPORTS_LOCK, and the reports
// formatter in Cucumber's process, which takes the folder itself when Cucumber runs on its own. Owning it means:
// the lock (folder-lock.js), the leftovers of killed runs removed, and INCOMPLETE written before anything changes.
// The reports are renamed into place only while the claim still holds (commit), and INCOMPLETE goes last.
'use strict';

const { readdirSync, rmSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { holdsLock, lockFolder } = require('./folder-lock');
const { clearIncomplete, markIncomplete } = require('./incomplete-marker');
const { leftover, removeLeftovers } = require('./partial-name');
const { renameIntoPlace } = require('./write-files-atomic');

const lockVariable = 'SIGNIN_REPORTS_LOCK';

/** How long a run waits for a folder in use before it gives up: SIGNIN_REPORTS_WAIT seconds (default: not at all). */
function waitMs(env = process.env) {
  const seconds = Number(env.SIGNIN_REPORTS_WAIT ?? 0);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 3600) * 1000 : 0;
}

/**
 * Takes `dir` for a run: locks it (or throws FolderInUse), removes what killed runs left, marks it INCOMPLETE.
 * @returns {{ dir: string, token: string, env: Record<string, string>, release: () => void }}
 */
function claimFolder(dir, what) {
  const lock = lockFolder(dir, { waitMs: waitMs(), what });
  try {
    removeLeftovers(dir);
    markIncomplete(dir, `${what}, pid ${process.pid}, started ${new Date().toISOString()}`);
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    dir,
    token: lock.token,
    env: { [lockVariable]: JSON.stringify({ dir: resolve(dir), token: lock.token }) },
    release: lock.release,
  };
}

/**
 * The claim this process works under: the runner's, handed down in SIGNIN_REPORTS_LOCK, when it is for `dir` and
 * still held; otherwise a claim of its own (`owner`), which the caller releases.
 * @returns {{ dir: string, token: string, owner: boolean, release: () => void }}
 */
function claimOrInherit(dir, what, env = process.env) {
  const handed = parse(env[lockVariable]);
  if (handed && handed.dir === resolve(dir) && holdsLock(dir, handed.token))
    return { dir, token: handed.token, owner: false, release: () => {} };
  const claim = claimFolder(dir, what);
  return { ...claim, owner: true };
}

/**
 * Renames the run's partial reports into place and removes INCOMPLETE, if the claim still holds: a run whose runner
 * was killed, or whose folder another run has taken since, keeps nothing.
 * @param {{ dir: string, token: string }} claim
 * @param {{ from: string, to: string }[]} moves
 * @param {string[]} drop reports this run does not write, removed so that none of an older run stays beside its own
 */
function commit(claim, moves, drop = []) {
  if (!holdsLock(claim.dir, claim.token))
    throw new Error(`${claim.dir} is no longer this run's (its runner ended or another run took it): its reports are not kept`);
  renameIntoPlace(moves);
  for (const path of drop) rmSync(path, { recursive: true, force: true });
  clearIncomplete(claim.dir);
}

/** Removes the partial files of this process in `dir` (a run refused before it wrote anything). */
function removeOwnPartials(dir) {
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names)
    if (leftover.test(name) && name.endsWith(`-${process.pid}`)) rmSync(join(dir, name), { recursive: true, force: true });
}

function parse(text) {
  if (!text) return null;
  try {
    const value = JSON.parse(text);
    return typeof value.dir === 'string' && typeof value.token === 'string' ? value : null;
  } catch {
    return null;
  }
}

module.exports = { claimFolder, claimOrInherit, commit, removeOwnPartials, waitMs, lockVariable };
