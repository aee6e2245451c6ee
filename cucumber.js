// Cucumber profiles, one per driver. Each writes its recorded run to reports/<profile>/.
// Which client and driver a profile uses is set by scripts/run-features.js (SIGNIN_DRIVER).
const base = {
  paths: ['features/**/*.feature'],
  requireModule: [require('node:path').join(__dirname, 'scripts', 'register-ts.js')],
  require: ['step-definitions/**/*.ts'],
  strict: true,
};

const { allureFormatOptions } = require('./src/report/allure-format-options.js');
const columns = {
  default: 'Reference client, in-process',
  ui: 'Reference client, in the browser',
  external: 'Reference client, over the client protocol',
};

const recorded = (profile) => ({
  ...base,
  format: [
    process.env.CI ? 'progress' : 'progress-bar',
    `message:reports/${profile}/messages.ndjson`,
    `html:reports/${profile}/cucumber.html`,
    `junit:reports/${profile}/junit.xml`,
    ...(process.env.SIGNIN_ALLURE === '0' ? [] : [`allure-cucumberjs/reporter:reports/${profile}/allure-stdout.txt`]),
  ],
  formatOptions: {
    junit: { suiteName: `signin-sim ${profile}` },
    ...allureFormatOptions({ profile, column: process.env.SIGNIN_COLUMN ?? columns[profile] }),
  },
});

module.exports = {
  default: recorded('default'),
  ui: recorded('ui'),
  external: recorded('external'),
  // For runs through Cucumber's API (mutants, the seed check, reproduce): nothing written.
  api: { ...base, format: [] },
};
