// The worker thread behind reports-formatter.js: it receives the run's messages as batches of NDJSON lines and
// feeds every envelope, in order, to the report formatters the options name. Each is the formatter the
// in-thread run would use, hosted the way Cucumber hosts it, so the files are the same:
//   html   Cucumber's built-in html formatter (plugin form), with a policy that loads nothing (contained-html-formatter.js)
//   junit  @cucumber/junit-xml-formatter, the one Cucumber's `junit` names (plugin form)
//   allure allure-cucumberjs/reporter (a class formatter), with the project's allureFormatOptions
// Each writes where the options say: the partial names reports-formatter.js renames into place once every report is
// whole. A null message ends the run: each formatter finishes, its file is closed, the Allure writes still under way
// are awaited, and the thread exits. Any error ends the thread with it, and the run fails (reports-formatter.js).
'use strict';

const { parentPort: port, workerData } = require('node:worker_threads');

if (port === null) throw new Error('report-worker.js runs as a worker thread (src/reports-off-thread/reports-formatter.js starts it)');
const parentPort = port;
const { EventEmitter } = require('node:events');
const { createWriteStream, mkdirSync } = require('node:fs');
const { dirname } = require('node:path');

const cucumberDir = dirname(require.resolve('@cucumber/cucumber'));

/** A report formatter fed envelopes: `take` each one, then `finish` once. */
function pluginHost(plugin, file, options) {
  mkdirSync(dirname(file), { recursive: true });
  const stream = createWriteStream(file);
  const handlers = [];
  const cleanup = plugin.formatter({
    on: (event, handler) => {
      if (event === 'message') handlers.push(handler);
    },
    options,
    logger: console,
    stream,
    write: (chunk) => stream.write(chunk),
    directory: dirname(file),
  });
  return {
    take: (envelope) => {
      for (const handler of handlers) handler(envelope);
    },
    finish: async () => {
      const done = await cleanup;
      if (typeof done === 'function') await done();
      /** @type {Promise<void>} */
      const ended = new Promise((resolve, reject) => {
        stream.end((/** @type {Error | null | undefined} */ error) => (error ? reject(error) : resolve()));
      });
      await ended;
    },
  };
}

/**
 * allure-cucumberjs's reporter, given what Cucumber gives a class formatter. Its constructor reads the hook
 * definitions only to name hooks, so they are filled in from the hook messages; failures of BeforeAll and AfterAll
 * hooks, which in a Cucumber thread it learns by wrapping those hooks, it learns here from the messages.
 */
function allureHost(input) {
  const { allureFormatOptions } = require('../report/allure-format-options.js');
  // What this uses of the reporter: its constructor, given only the options it reads, and two private members (the
  // hooks by id, and the BeforeAll/AfterAll failure), outside its declared types. A new allure-cucumberjs may change
  // them; reports-formatter.test.ts compares the files written both ways.
  /** @typedef {{ beforeHooks: Record<string, unknown>, emitTestRunHookGlobalError: (name: string, error: Error) => void, finished: () => Promise<void> }} ReporterInternals */
  const AllureCucumberReporter = /** @type {new (options: object) => ReporterInternals} */ (
    /** @type {unknown} */ (require('allure-cucumberjs/reporter'))
  );
  // Allure names the thread that ran each test; the scenarios ran on the run's main thread, not on this one.
  process.env.ALLURE_THREAD_NAME ??= `pid-${process.pid}-worker-main`;
  const formatOptions = allureFormatOptions(input);
  const broadcaster = new EventEmitter();
  const none = {
    beforeTestCaseHookDefinitions: [],
    afterTestCaseHookDefinitions: [],
    beforeTestRunHookDefinitions: [],
    afterTestRunHookDefinitions: [],
  };
  const reporter = new AllureCucumberReporter({
    parsedArgvOptions: formatOptions,
    eventBroadcaster: broadcaster,
    supportCodeLibrary: none,
    log: () => {},
    stream: null,
    cleanup: async () => {},
    colorFns: {},
    cwd: process.cwd(),
  });
  const hookTypes = new Map();
  const runHooksStarted = new Map();
  return {
    take: (envelope) => {
      if (envelope.hook) {
        hookTypes.set(envelope.hook.id, envelope.hook.type);
        reporter.beforeHooks[envelope.hook.id] = envelope.hook;
      }
      if (envelope.testRunHookStarted) runHooksStarted.set(envelope.testRunHookStarted.id, envelope.testRunHookStarted.hookId);
      const finishedRunHook = envelope.testRunHookFinished;
      if (finishedRunHook && finishedRunHook.result.status !== 'PASSED') {
        const type = hookTypes.get(runHooksStarted.get(finishedRunHook.testRunHookStartedId));
        reporter.emitTestRunHookGlobalError(
          type === 'AFTER_TEST_RUN' ? 'AfterAll hook' : 'BeforeAll hook',
          asError(finishedRunHook.result),
        );
      }
      broadcaster.emit('envelope', envelope);
    },
    finish: async () => {
      await reporter.finished();
      await /** @type {{ settled(): Promise<void> }} */ (formatOptions.writer).settled();
    },
  };
}

function asError(result) {
  const error = new Error(result.exception?.message ?? result.message ?? 'the hook failed');
  error.stack = result.exception?.stackTrace ?? result.message ?? error.message;
  return error;
}

const hosts = [];
if (workerData.html) hosts.push(pluginHost(require('./contained-html-formatter.js'), workerData.html, {}));
if (workerData.junit) {
  const junit = require(require.resolve('@cucumber/junit-xml-formatter', { paths: [cucumberDir] }));
  hosts.push(pluginHost(junit.default ?? junit, workerData.junit.path, workerData.junit.options ?? {}));
}
if (workerData.allure) hosts.push(allureHost(workerData.allure));

parentPort.on('message', (batch) => {
  if (batch === null) {
    parentPort.removeAllListeners('message');
    Promise.all(hosts.map((h) => h.finish())).then(
      () => parentPort.close(),
      (error) => {
        // Thrown outside the promise, so the thread ends with it and the run's thread sees the error.
        process.nextTick(() => {
          throw error;
        });
      },
    );
    return;
  }
  for (const line of batch.split('\n')) {
    const envelope = JSON.parse(line);
    for (const host of hosts) host.take(envelope);
  }
});
