#!/usr/bin/env node
// Builds reports/allure/ (one self-contained index.html) from reports/allure-results/ with
// Allure Report 3. Screenshots, attached to Cucumber by reference, are first copied into the
// results so they show in Allure. Usage: node scripts/report-allure.js [reportsDir]
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

require('./register-ts');
const { inlineScreenshots } = require('../src/report/allure-screenshots');

const reportsDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'reports'));
const resultsDir = path.join(reportsDir, 'allure-results');
const outputDir = path.join(reportsDir, 'allure');

if (!existsSync(resultsDir)) {
  console.error(`No Allure results in ${resultsDir}. Run the features first (npm test).`);
  process.exit(1);
}
inlineScreenshots(resultsDir, reportsDir);

const configDir = mkdtempSync(path.join(tmpdir(), 'allurerc-'));
const config = path.join(configDir, 'allurerc.json');
writeFileSync(
  config,
  JSON.stringify({
    name: 'Lync 2013 sign-in conformance',
    output: outputDir,
    plugins: {
      awesome: {
        options: {
          singleFile: true,
          reportName: 'Lync 2013 sign-in conformance',
          groupBy: ['parentSuite', 'epic', 'story'],
        },
      },
    },
  }),
);
// The package exports neither package.json nor cli.js; its main file sits in dist/.
const cli = path.join(path.dirname(require.resolve('allure')), '..', 'cli.js');
const run = spawnSync(process.execPath, [cli, 'generate', resultsDir, '--config', config, '--output', outputDir], {
  stdio: 'inherit',
  timeout: 300_000,
});
rmSync(configDir, { recursive: true, force: true });
if (run.status !== 0) {
  console.error(`allure generate failed (${run.error ? run.error.message : `exit ${run.status}`})`);
  process.exit(1);
}
console.log(`Allure report: ${path.relative(process.cwd(), path.join(outputDir, 'index.html'))}`);
