// Cucumber profiles, one per driver. Each writes its recorded run to reports/<profile>/.
// Which client and driver a profile uses is set by scripts/run-features.js (SIGNIN_DRIVER).
const base = {
  paths: ['features/**/*.feature'],
  requireModule: ['native-match-indices.js', 'register-ts.js'].map((f) => require('node:path').join(__dirname, 'scripts', f)),
  require: ['step-definitions/**/*.ts'],
  strict: true,
};

const { allureFormatOptions } = require('./src/report/allure-format-options.js');
const columns = {
  default: 'Reference client, in-process',
  ui: 'Reference client, in the browser',
  external: 'Reference client, over the client protocol',
};

// SIGNIN_REPORTS_DIR moves every report elsewhere (npm run bench writes to a temp folder).
const reportsDir = process.env.SIGNIN_REPORTS_DIR ?? 'reports';
const recorded = (profile) => ({
  ...base,
  format: [
    // In CI the summary (failures and counts), not a character per step: each one is a write to a pipe.
    process.env.CI ? 'summary' : 'progress-bar',
    `message:${reportsDir}/${profile}/messages.ndjson`,
    `html:${reportsDir}/${profile}/cucumber.html`,
    `junit:${reportsDir}/${profile}/junit.xml`,
    ...(process.env.SIGNIN_ALLURE === '0' ? [] : [`allure-cucumberjs/reporter:${reportsDir}/${profile}/allure-stdout.txt`]),
  ],
  formatOptions: {
    junit: { suiteName: `signin-sim ${profile}` },
    ...allureFormatOptions({ profile, reportsDir, column: process.env.SIGNIN_COLUMN ?? columns[profile] }),
  },
});

module.exports = {
  default: recorded('default'),
  ui: recorded('ui'),
  external: recorded('external'),
  // For runs through Cucumber's API (mutants, the seed check, reproduce): nothing written.
  api: { ...base, format: [] },
  // npm run bench -- --formatters: the Allure formatter alone, to measure what it costs.
  'allure-only': {
    ...base,
    format: [`allure-cucumberjs/reporter:${reportsDir}/allure-stdout.txt`],
    formatOptions: allureFormatOptions({ profile: 'allure-only', reportsDir }),
  },
  // For Stryker (npm run test:stryker): the features only, nothing written.
  stryker: { ...base, format: [] },
};
