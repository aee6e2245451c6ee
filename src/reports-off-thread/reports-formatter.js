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
// Options (formatOptions.reports): { html?: path, junit?: { path, options }, allure?: allureFormatOptions' input }.
'use strict';

const { Worker } = require('node:worker_threads');
const { join } = require('node:path');

/** Envelopes a batch; a run of the features makes about a hundred thousand of them when copied ten times. */
const batchSize = 256;

const formatter = {
  type: 'formatter',
  optionsKey: 'reports',
  formatter({ on, options, write }) {
    const worker = new Worker(join(__dirname, 'report-worker.js'), { workerData: options });
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
    };
  },
};

/**
 * The Cucumber `format` and `formatOptions` that write a profile's four reports into `dir`: through this formatter
 * (the worker), or with `inThread` through Cucumber's and Allure's formatters in the run's thread. The two never share
 * an options key, so a run may merge both (reports-formatter.test.ts does, to compare them).
 * @param {string} dir
 * @param {{ junit: object, allure: null | { profile: string, reportsDir: string, column?: string }, inThread?: boolean }} options
 */
function reportFormats(dir, { junit, allure, inThread = false }) {
  if (!inThread)
    return {
      format: [`${__filename}:${dir}/messages.ndjson`],
      formatOptions: { reports: { html: `${dir}/cucumber.html`, junit: { path: `${dir}/junit.xml`, options: junit }, allure } },
    };
  const { allureFormatOptions } = require('../report/allure-format-options.js');
  return {
    format: [
      `message:${dir}/messages.ndjson`,
      `${join(__dirname, 'contained-html-formatter.js')}:${dir}/cucumber.html`,
      `junit:${dir}/junit.xml`,
      ...(allure ? [`allure-cucumberjs/reporter:${dir}/allure-stdout.txt`] : []),
    ],
    formatOptions: { junit, ...(allure ? allureFormatOptions(allure) : {}) },
  };
}

module.exports = { ...formatter, reportFormats };
