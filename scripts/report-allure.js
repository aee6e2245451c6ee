#!/usr/bin/env node
// Builds reports/allure/index.html (one self-contained file) from every reports/<profile>/allure-results/
// with Allure Report 2 (allure-commandline, on Java 17), with ALLURE_NO_ANALYTICS=true so the page loads
// no tracker. Screenshots, attached to Cucumber by reference, are first copied into the results so they
// show in Allure. Usage: node scripts/report-allure.js [reportsDir]
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');

require('./register-ts');
const { inlineScreenshots } = require('../src/report/allure-screenshots');

/** The results folders of the profiles that ran, in a stable order. */
function resultDirs(reportsDir) {
  if (!existsSync(reportsDir)) return [];
  return readdirSync(reportsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(reportsDir, e.name, 'allure-results')))
    .map((e) => path.join(reportsDir, e.name, 'allure-results'))
    .sort();
}

/** Runs `allure generate`; returns the path of index.html. Throws with Allure's output when it fails. */
function buildAllure(reportsDir) {
  const dirs = resultDirs(reportsDir);
  if (dirs.length === 0)
    throw new Error(`No Allure results under ${reportsDir}/<profile>/allure-results. Run the features first (npm test).`);
  for (const dir of dirs) inlineScreenshots(dir, reportsDir);
  const output = path.join(reportsDir, 'allure');
  const cli = path.join(path.dirname(require.resolve('allure-commandline/package.json')), 'dist', 'bin', 'allure');
  const run = spawnSync(cli, ['generate', '--clean', '--single-file', '--name', 'Lync 2013 sign-in conformance', '-o', output, ...dirs], {
    encoding: 'utf8',
    env: { ...process.env, ALLURE_NO_ANALYTICS: 'true' },
    timeout: 300_000,
  });
  if (run.status !== 0)
    throw new Error(`allure generate failed (${run.error ? run.error.message : `exit ${run.status}`})\n${run.stdout}${run.stderr}`);
  return path.join(output, 'index.html');
}

module.exports = { buildAllure, resultDirs };

if (require.main === module) {
  const { commandLineOrExit } = require('./command-line');
  const [given] = commandLineOrExit('report:allure', 'npm run report:allure -- [reportsDir]', { positionals: [0, 1] }).positionals;
  try {
    const index = buildAllure(path.resolve(given ?? path.join(__dirname, '..', 'reports')));
    console.log(`Allure report: ${path.relative(process.cwd(), index)}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
