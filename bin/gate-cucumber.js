// The cucumber-js configuration of a gate run: the `external` profile of cucumber.js (features, support code),
// recording the run in SIGNIN_GATE_DIR/messages.ndjson. The gate renders cucumber.html, junit.xml and the Allure
// results from it afterwards, with its verdicts (src/gate/write-gate-reports.ts). Used by bin/gate.js only.
'use strict';
const dir = process.env.SIGNIN_GATE_DIR;
if (!dir) throw new Error('gate-cucumber.js: SIGNIN_GATE_DIR is not set; run the gate with bin/gate.js');
const { external } = require('../cucumber.js');
const { compiled } = require('./compiled');

// Compiled (the package's dist/): the step definitions are JavaScript, and no TypeScript loader is registered.
const support = compiled
  ? { require: ['step-definitions/**/*.js'], requireModule: external.requireModule.filter((m) => !m.endsWith('register-ts.js')) }
  : {};

// A shard (--shard i/n): its scenarios as `file:line:line` paths, in place of the profile's.
const paths = process.env.SIGNIN_GATE_PATHS ? { paths: JSON.parse(process.env.SIGNIN_GATE_PATHS) } : {};

module.exports = {
  default: {
    ...external,
    ...support,
    ...paths,
    format: [
      require.resolve('../src/gate/progress-formatter.js'),
      `message:${dir}/messages.ndjson`,
      // The gate's own record of the run, over the IPC channel (nothing written: /dev/null).
      `${require.resolve('../src/gate/run-record-formatter.js')}:/dev/null`,
    ],
    formatOptions: {},
  },
};
