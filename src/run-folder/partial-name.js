// Where a report is written before it is whole: a hidden name beside the final one, holding the writer's pid, so that
// a reader of the folder never mistakes it for a report and the next owner of the folder can remove what a killed
// writer left behind (removeLeftovers).
'use strict';

const { readdirSync, rmSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');

/** `reports/default/junit.xml` -> `reports/default/.junit.xml.partial-1234` */
function partialName(file, pid = process.pid) {
  return join(dirname(file), `.${basename(file)}.partial-${pid}`);
}

/** A folder moved aside while its replacement is renamed in (see renameIntoPlace). */
function asideName(file, pid = process.pid) {
  return join(dirname(file), `.${basename(file)}.old-${pid}`);
}

const leftover = /^\..+\.(partial|old)-\d+$/;

/**
 * Removes every partial file or folder and every folder moved aside in `dir`, but this process's own (Cucumber opens
 * its formatters' files before the formatter that claims the folder starts). Only the folder's owner may call it.
 */
function removeLeftovers(dir, ownPid = process.pid) {
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names)
    if (leftover.test(name) && !name.endsWith(`-${ownPid}`)) rmSync(join(dir, name), { recursive: true, force: true });
}

module.exports = { partialName, asideName, removeLeftovers, leftover };
