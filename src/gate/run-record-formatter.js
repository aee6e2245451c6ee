// A Cucumber formatter (plugin form, plain CommonJS) for gate runs: sends the gate, over the IPC channel it opened
// to cucumber-js, the messages its verdict is made of, and at the end the SHA-256 and line count of the messages
// the message formatter wrote to messages.ndjson. The gate judges from what it received, never from a file a client
// could have written, and checks that messages.ndjson is what it recorded (docs/gate.md, "The verdict").
'use strict';

const { createHash } = require('node:crypto');

/**
 * Every envelope: the verdict (@cucumber/query needs the documents, pickles and test cases) and the reports the gate
 * renders after the run (write-gate-reports.ts) are made from this record, never from messages.ndjson.
 */
/** Sent at once, so an interrupted run loses at most what the last of them did not yet say. */
const flushAfter = new Set(['testCaseStarted', 'testStepFinished', 'testCaseFinished', 'testRunFinished']);

/** @param {unknown} message */
const send = (message) =>
  /** @type {Promise<void>} */ (
    new Promise((resolve) => {
      if (typeof process.send !== 'function' || !process.connected) return resolve();
      process.send(message, () => resolve());
    })
  );

module.exports = {
  type: 'formatter',
  formatter({ on }) {
    const hash = createHash('sha256');
    let lines = 0;
    let batch = [];
    const flush = () => {
      if (batch.length === 0) return Promise.resolve();
      const envelopes = batch;
      batch = [];
      return send({ envelopes });
    };
    on('message', (envelope) => {
      hash.update(`${JSON.stringify(envelope)}\n`);
      lines++;
      const key = Object.keys(envelope)[0] ?? '';
      batch.push(envelope);
      if (flushAfter.has(key) || batch.length >= 256) void flush();
    });
    return async () => {
      await flush();
      await send({ end: { sha256: hash.digest('hex'), lines } });
    };
  },
};
