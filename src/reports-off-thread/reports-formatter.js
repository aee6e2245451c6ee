// A Cucumber formatter (plugin form, plain CommonJS) that writes the run's messages to its output, as the
// built-in `message` formatter does, and hands the same messages to a worker thread that writes the other
// reports: cucumber.html and junit.xml (Cucumber's own formatters) and the Allure results (allure-cucumberjs).
// The scenarios then run on one core while the reports are written on the other: in one thread the four
// formatters cost about as much as the scenarios themselves (docs/report.md, docs/decisions/0012-reports-off-thread.md).
//
// Each envelope is turned into JSON once; the lines go to the worker in batches, one string a batch, so the run's
// thread pays one JSON.stringify and a cheap postMessage per 256 envelopes. Cucumber awaits the cleanup this
// returns: it sends the end and waits until the worker has finished every report and exited.
//
// No report changes until all are whole: the run claims its folder (src/run-folder/: a lock, INCOMPLETE), every
// report is written under a partial name (the messages too: Cucumber's stream for this formatter is opened on one),
// and once the worker has finished, the messages are flushed and all are renamed into place, INCOMPLETE last.
//
// Options (formatOptions.reports): { dir, messages: path, html?: path, junit?: { path, options },
// allure?: allureFormatOptions' input, drop?: paths of reports this run does not write }.
'use strict';

const { Worker } = require('node:worker_threads');
const { existsSync, mkdirSync, rmSync } = require('node:fs');
const { basename, join } = require('node:path');
const { allureResultsDir } = require('../report/allure-format-options.js');
const { claimOrInherit, commit, removeOwnPartials } = require('../run-folder/claim-folder');
const { FolderInUse } = require('../run-folder/folder-lock');
const { partialName } = require('../run-folder/partial-name');

/** Envelopes a batch; a run of the features makes about a hundred thousand of them when copied ten times. */
const batchSize = 256;

const formatter = {
  type: 'formatter',
  optionsKey: 'reports',
  formatter({ on, options, write, stream }) {
    const claim = claimReportsFolder(options.dir);
    const { workerData, moves } = partials(options);
    const worker = new Worker(join(__dirname, 'report-worker.js'), { workerData });
    /** @type {Promise<void>} */
    const finished = new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the report writer stopped with exit code ${code}`))));
    });
    // Awaited by the cleanup below; a failure before that must not also surface as an unhandled rejection.
    finished.catch(() => {});
    let lines = [];
    const flush = () => {
      if (lines.length === 0) return;
      const batch = lines.join('\n');
      lines = [];
      write(`${batch}\n`);
      worker.postMessage(batch);
    };
    on('message', (envelope) => {
      lines.push(JSON.stringify(envelope));
      if (lines.length >= batchSize) flush();
    });
    return async () => {
      flush();
      worker.postMessage(null);
      await finished;
      await written(stream);
      if (workerData.allure && !existsSync(workerData.allure.resultsDir)) mkdirSync(workerData.allure.resultsDir);
      commit(claim, moves, options.drop);
    };
  },
};

/**
 * The folder's claim for this Cucumber process: the runner's, or its own, released when the process exits. A folder
 * in use by another run stops this one before it writes anything.
 */
function claimReportsFolder(dir) {
  try {
    const claim = claimOrInherit(dir, `cucumber-js for ${basename(dir)}`);
    process.once('exit', claim.release);
    return claim;
  } catch (error) {
    if (error instanceof FolderInUse) removeOwnPartials(dir);
    throw error;
  }
}

/** What the worker writes (partial names) and the renames that put each report in place, the messages last. */
function partials(options) {
  const workerData = {};
  const moves = [];
  if (options.html) {
    workerData.html = partialName(options.html);
    moves.push({ from: workerData.html, to: options.html });
  }
  if (options.junit) {
    workerData.junit = { ...options.junit, path: partialName(options.junit.path) };
    moves.push({ from: workerData.junit.path, to: options.junit.path });
  }
  if (options.allure) {
    const resultsDir = allureResultsDir(options.allure);
    workerData.allure = { ...options.allure, resultsDir: partialName(resultsDir) };
    rmSync(workerData.allure.resultsDir, { recursive: true, force: true });
    moves.push({ from: workerData.allure.resultsDir, to: resultsDir });
  }
  moves.push({ from: partialName(options.messages), to: options.messages });
  return { workerData, moves };
}

/** Resolves once everything written to `stream` so far is in its file. */
function written(stream) {
  return /** @type {Promise<void>} */ (new Promise((resolve, reject) => stream.write('', (error) => (error ? reject(error) : resolve()))));
}

/**
 * The Cucumber `format` and `formatOptions` that write a profile's four reports into `dir`: through this formatter
 * (the worker), or with `inThread` through Cucumber's and Allure's formatters in the run's thread. The two never share
 * an options key, so a run may merge both (reports-formatter.test.ts does, to compare them).
 * @param {string} dir
 * @param {{ junit: object, allure: null | { profile: string, reportsDir: string, column?: string }, inThread?: boolean }} options
 */
function reportFormats(dir, { junit, allure, inThread = false }) {
  const messages = join(dir, 'messages.ndjson');
  const html = join(dir, 'cucumber.html');
  const junitPath = join(dir, 'junit.xml');
  const drop = allure ? [] : [join(dir, 'allure-results')];
  if (!inThread)
    return {
      format: [`${__filename}:${partialName(messages)}`],
      formatOptions: { reports: { dir, messages, html, junit: { path: junitPath, options: junit }, allure, drop } },
    };
  // Cucumber's and Allure's formatters write partial names; in-thread-commit.js renames them when the process ends.
  const { allureFormatOptions } = require('../report/allure-format-options.js');
  const allureDir = allure ? allureResultsDir(allure) : null;
  const allureOptions = allure && allureDir ? allureFormatOptions({ ...allure, resultsDir: partialName(allureDir) }) : null;
  return {
    format: [
      `message:${partialName(messages)}`,
      `${join(__dirname, 'contained-html-formatter.js')}:${partialName(html)}`,
      `junit:${partialName(junitPath)}`,
      ...(allure ? [`allure-cucumberjs/reporter:${partialName(join(dir, 'allure-stdout.txt'))}`] : []),
      `${join(__dirname, 'in-thread-commit.js')}:${partialName(join(dir, 'commit'))}`,
    ],
    formatOptions: {
      junit,
      ...(allureOptions ?? {}),
      reportsInThread: {
        dir,
        files: [messages, html, junitPath],
        allure: allureOptions ? { dir: allureDir, writer: allureOptions.writer } : null,
        drop,
      },
    },
  };
}

module.exports = { ...formatter, reportFormats };
