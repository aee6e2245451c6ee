// A Cucumber formatter (plugin form) for the in-thread arrangement (reportFormats with inThread): Cucumber's and
// Allure's own formatters write the reports under partial names, and this one claims the folder and renames them into
// place. Cucumber closes its formatters' files after every plugin has finished, so the renames wait for the process
// to end ('exit'), and happen only when the run got that far and each file is whole: the messages end with
// testRunFinished, the HTML and JUnit files with their closing tag, and every Allure write succeeded. Otherwise the
// folder keeps its INCOMPLETE marker and the run fails.
//
// Options (formatOptions.reportsInThread): { dir, files: final paths, allure: null | { dir, writer }, drop?: paths }.
'use strict';

const { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, rmSync } = require('node:fs');
const { basename, join } = require('node:path');
const { claimOrInherit, commit, removeOwnPartials } = require('../run-folder/claim-folder');
const { FolderInUse } = require('../run-folder/folder-lock');
const { partialName } = require('../run-folder/partial-name');

module.exports = {
  type: 'formatter',
  optionsKey: 'reportsInThread',
  formatter({ options }) {
    let claim;
    try {
      claim = claimOrInherit(options.dir, `cucumber-js for ${basename(options.dir)}`);
    } catch (error) {
      if (error instanceof FolderInUse) removeOwnPartials(options.dir);
      throw error;
    }
    let ran = false;
    process.once('exit', () => {
      try {
        rmSync(partialName(join(options.dir, 'commit')), { force: true });
        const why = ran ? notWhole(options) : 'the run did not finish';
        if (why) throw new Error(why);
        const moves = options.files.map((to) => ({ from: partialName(to), to }));
        if (options.allure) {
          if (!existsSync(partialName(options.allure.dir))) mkdirSync(partialName(options.allure.dir));
          moves.push({ from: partialName(options.allure.dir), to: options.allure.dir });
        }
        commit(claim, moves, [...(options.drop ?? []), partialName(join(options.dir, 'allure-stdout.txt'))]);
      } catch (error) {
        process.stderr.write(
          `signin-sim: the reports in ${options.dir} were not kept: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exitCode = 1;
      } finally {
        claim.release();
      }
    });
    return () => {
      ran = true;
    };
  },
};

/** Why the partial reports are not whole, or null when they are. */
function notWhole(options) {
  const writer = options.allure?.writer;
  if (writer && (writer.pending > 0 || writer.failures.length > 0)) return 'an Allure result was not written';
  for (const file of options.files) {
    const partial = partialName(file);
    if (!existsSync(partial)) return `${partial} is missing`;
    const end = tail(partial);
    const whole = file.endsWith('.ndjson')
      ? /"testRunFinished"/.test(end.split('\n').filter(Boolean).pop() ?? '')
      : file.endsWith('.html')
        ? /<\/html>\s*$/.test(end)
        : file.endsWith('.xml')
          ? /<\/testsuites?>\s*$/.test(end)
          : true;
    if (!whole) return `${partial} is not whole`;
  }
  return null;
}

/** The last few kilobytes of a file. */
function tail(file) {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, 4096));
    readSync(fd, buffer, 0, buffer.length, size - buffer.length);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
