// Cucumber profiles, one per driver. Each writes its recorded run to reports/<profile>/.
const common = (profile) => ({
  paths: ['features/**/*.feature'],
  requireModule: ['ts-node/register/transpile-only'],
  require: ['step-definitions/**/*.ts'],
  strict: true,
  format: [
    'progress-bar',
    `message:reports/${profile}/messages.ndjson`,
    `html:reports/${profile}/cucumber.html`,
    `junit:reports/${profile}/junit.xml`,
  ],
  formatOptions: { junit: { suiteName: `signin-sim ${profile}` } },
});

module.exports = {
  default: common('default'),
  ui: common('ui'),
  external: common('external'),
  // Mutant runs: quick, quiet, nothing written but the summary.
  mutant: { ...common('mutant'), format: ['summary', 'message:reports/mutants/last-messages.ndjson'], failFast: false },
};
