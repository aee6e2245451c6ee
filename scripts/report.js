#!/usr/bin/env node
// Rebuilds reports/conformance.html and reports/conformance.md from the recorded runs
// (reports/<profile>/messages.ndjson) and prints a one-screen summary. Runs nothing else.
// Usage: node scripts/report.js [reportsDir]   (default: the project's reports/)
'use strict';
const path = require('node:path');

require('./register-ts');
const { buildReports } = require('../src/report/build-reports');
const { renderTerminal } = require('../src/report/render-terminal');
const { buildSymptomIndex } = require('../src/symptoms/symptom-index');

const { commandLineOrExit } = require('./command-line');

const [given] = commandLineOrExit('report', 'npm run report -- [reportsDir]', { positionals: [0, 1] }).positionals;
const reportsDir = given ?? (path.relative(process.cwd(), path.resolve(__dirname, '..', 'reports')) || '.');

buildReports(reportsDir, { symptoms: buildSymptomIndex() }).then(
  (summary) => {
    if (summary.columns.length === 0) {
      console.error(`No recorded runs under ${reportsDir}/<profile>/messages.ndjson. Run npm test first.`);
      process.exitCode = 1;
      return;
    }
    console.log(renderTerminal(summary, reportsDir));
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
