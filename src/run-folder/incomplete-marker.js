// A run that has not finished says so in its reports folder: INCOMPLETE is written (whole) before the run changes
// anything there and removed only after every report is renamed into place. `npm run report` refuses a folder that
// holds it, so a killed run's leftovers are never read as a result.
'use strict';

const { readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { writeFileAtomic } = require('./write-files-atomic');

const markerName = 'INCOMPLETE';

/** @param {string} dir @param {string} what the run, in a few words (profile, pid, when) */
function markIncomplete(dir, what) {
  writeFileAtomic(
    join(dir, markerName),
    `${what}\nThis run has not finished (or was stopped): the reports in this folder are not one whole run.\n`,
  );
}

function clearIncomplete(dir) {
  rmSync(join(dir, markerName), { force: true });
}

/** The marker's first line, or null when the folder holds no marker. */
function readIncomplete(dir) {
  try {
    return readFileSync(join(dir, markerName), 'utf8').split('\n')[0] || 'no details';
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT' || /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOTDIR')
      return null;
    throw error;
  }
}

module.exports = { markIncomplete, clearIncomplete, readIncomplete, markerName };
