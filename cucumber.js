// Cucumber profiles, one per driver. Each writes its recorded run to reports/<profile>/.
// Which client and driver a profile uses is set by scripts/run-features.js (SIGNIN_DRIVER).
const base = {
  paths: ['features/**/*.feature'],
  requireModule: ['native-match-indices.js', 'linear-snippets.js', 'register-ts.js'].map((f) =>
    require('node:path').join(__dirname, 'scripts', f),
  ),
  require: ['step-definitions/**/*.ts'],
  // Refuses a step longer than 1,000 characters before any matching (docs/decisions/0010-bounded-step-text.md).
  plugin: [require('node:path').join(__dirname, 'scripts', 'step-length-limit.js')],
  strict: true,
};

const { allureFormatOptions } = require('./src/report/allure-format-options.js');
const { reportFormats } = require('./src/reports-off-thread/reports-formatter.js');
const columns = {
  default: 'Reference client, in-process',
  ui: 'Reference client, in the browser',
  external: 'Reference client, over the client protocol',
};

// SIGNIN_REPORTS_DIR moves every report elsewhere (npm run bench writes to a temp folder).
const reportsDir = process.env.SIGNIN_REPORTS_DIR ?? 'reports';
// The messages go to messages.ndjson from the run's thread; a worker thread writes the other reports from the same
// messages (src/reports-off-thread/). SIGNIN_REPORTS_IN_THREAD=1 uses Cucumber's formatters in the run's thread instead,
// with the same files (npm run bench -- --formatters compares both).
const recorded = (profile) => {
  const allure = process.env.SIGNIN_ALLURE === '0' ? null : { profile, reportsDir, column: process.env.SIGNIN_COLUMN ?? columns[profile] };
  const reports = reportFormats(`${reportsDir}/${profile}`, {
    junit: { suiteName: `signin-sim ${profile}` },
    allure,
    inThread: process.env.SIGNIN_REPORTS_IN_THREAD === '1',
  });
  // In CI the summary (failures and counts), not a character per step: each one is a write to a pipe.
  return { ...base, format: [process.env.CI ? 'summary' : 'progress-bar', ...reports.format], formatOptions: reports.formatOptions };
};

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
