// Writing reports so that a reader sees the old file or the new one, whole, never a part: each file is written to a
// partial name in its own folder, flushed to disk, and only then renamed over the final name (rename(2) replaces a
// name in one step). A failed write (a full disk) removes its partial files and leaves the old files as they were.
'use strict';

const { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } = require('node:fs');
const { dirname } = require('node:path');
const { asideName, partialName } = require('./partial-name');

/**
 * Writes every file to its partial name first; renames them into place only when all are written.
 * @param {{ path: string, data: string | Uint8Array }[]} files
 */
function writeFilesAtomic(files) {
  const written = [];
  try {
    for (const { path, data } of files) {
      mkdirSync(dirname(path), { recursive: true });
      const partial = partialName(path);
      written.push(partial);
      writeWhole(partial, data);
    }
  } catch (error) {
    for (const partial of written) rmSync(partial, { force: true });
    throw error;
  }
  renameIntoPlace(files.map(({ path }) => ({ from: partialName(path), to: path })));
}

/** @param {string} path @param {string | Uint8Array} data */
function writeFileAtomic(path, data) {
  writeFilesAtomic([{ path, data }]);
}

function writeWhole(file, data) {
  const fd = openSync(file, 'w');
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Renames each partial file or folder over its final name, in order. A file replaces the old one in one step; a
 * folder cannot replace a folder that has files in it, so the old one is moved aside first and removed after.
 * @param {{ from: string, to: string }[]} moves
 */
function renameIntoPlace(moves) {
  for (const { from, to } of moves) {
    try {
      renameSync(from, to);
    } catch (error) {
      if (!['ENOTEMPTY', 'EEXIST', 'EISDIR'].includes(/** @type {NodeJS.ErrnoException} */ (error).code ?? '') || !existsSync(to))
        throw error;
      const aside = asideName(to);
      rmSync(aside, { recursive: true, force: true });
      renameSync(to, aside);
      renameSync(from, to);
      rmSync(aside, { recursive: true, force: true });
    }
  }
}

module.exports = { writeFilesAtomic, writeFileAtomic, renameIntoPlace };
