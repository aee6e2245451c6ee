// The cucumber-js configuration of a gate run: the `external` profile of cucumber.js (features, support code),
// writing its reports to SIGNIN_GATE_DIR instead of reports/external/. Used by bin/gate.js only.
'use strict';
const dir = process.env.SIGNIN_GATE_DIR;
if (!dir) throw new Error('gate-cucumber.js: SIGNIN_GATE_DIR is not set; run the gate with bin/gate.js');
const name = process.env.SIGNIN_GATE_NAME || 'external client';
const { external } = require('../cucumber.js');

module.exports = {
  default: {
    ...external,
    format: [
      'progress',
      `message:${dir}/messages.ndjson`,
      `html:${dir}/cucumber.html`,
      `junit:${dir}/junit.xml`,
      // The gate's own record of the run, over the IPC channel (nothing written: /dev/null).
      './src/gate/run-record-formatter.js:/dev/null',
    ],
    formatOptions: { junit: { suiteName: `signin-sim gate: ${name}` } },
  },
};
