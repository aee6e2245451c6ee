// formatOptions for the `allure-cucumberjs/reporter` formatter (allure-cucumberjs 3.x).
// Plain CommonJS so cucumber.js can require it before any TypeScript loader is registered.
//
// Labels, from the scenario's tags:
//   epic     = the article section (`@section:first-sign-in` -> "First sign-in")
//   feature  = the feature name (allure-cucumberjs adds it by default)
//   story    = each catalog ID (`@FS-01` -> "FS-01")
//   severity = critical for first sign-in (FS), automatic sign-in (AS) and Close/Sign Out/Exit (SO):
//              every user walks these paths every day, and a deviation there leaves people unable
//              to get in or out. normal for the rest (cache, troubleshooting, network, multi-user),
//              which are recovery paths or less frequent situations.
// The tree (Suites): parentSuite = the article section (the top level), suite = the feature. The profile
// and the column title are parameters, so the same scenario run by two profiles stays two tests in Allure
// instead of being taken for a retry, and each profile's results go to <reportsDir>/<profile>/allure-results
// (emptied with the rest of that profile's reports), so the totals always match that run's junit.xml.
// The timeline, a Cucumber log, becomes a text/plain attachment Allure can show.
// allure-cucumberjs 3.12 reports a scenario with an undefined step as passed; it is made broken,
// as nothing unimplemented may pass.
'use strict';

const { join } = require('node:path');
const sectionList = require('../catalog/section-list.json');
const { LeanAllureWriter } = require('./allure-lean-writer');

const catalogTag = /^@[A-Z]{2}-\d{2}$/;
const criticalGroups = ['FS', 'AS', 'SO'];

/**
 * @param {{ profile?: string, column?: string, reportsDir?: string, resultsDir?: string }} [options]
 *   profile: the cucumber profile; column: the title shown in reports (default: the profile);
 *   reportsDir: where reports go (default `reports`); results land in `<reportsDir>/<profile>/allure-results`,
 *   or in resultsDir when given (the fresh folder a run writes before it swaps it in).
 */
function allureFormatOptions(options = {}) {
  const profile = options.profile ?? 'default';
  const column = options.column ?? profile;
  const resultsDir = options.resultsDir ?? allureResultsDir(options);
  return {
    resultsDir,
    writer: new LeanAllureWriter(resultsDir),
    labels: [
      { name: 'epic', pattern: [/^@section:/] },
      { name: 'story', pattern: [catalogTag] },
    ],
    listeners: [
      {
        beforeTestResultStop: (result) => {
          relabel(result, column, profile);
          breakUndefined(result);
          plainTextLogs(result);
        },
      },
    ],
  };
}

/** Where a profile's results go: `<reportsDir>/<profile>/allure-results`. */
function allureResultsDir(options = {}) {
  return join(options.reportsDir ?? 'reports', options.profile ?? 'default', 'allure-results');
}

/** Rewrites the raw tag labels into readable ones and adds severity, suites, the profile and the column. */
function relabel(result, column, profile = column) {
  const others = result.labels.filter((l) => l.name !== 'epic' && l.name !== 'story');
  const sectionKeys = unique(result.labels.filter((l) => l.name === 'epic').map((l) => l.value));
  const epics = sectionKeys.map((key) => sectionList.find((s) => s.key === key)?.title ?? key);
  const stories = unique(result.labels.filter((l) => l.name === 'story').map((l) => l.value.replace(/^@/, '')));
  const critical = stories.some((id) => criticalGroups.includes(id.slice(0, 2)));
  const feature = others.find((l) => l.name === 'feature')?.value;
  result.labels = [
    ...others.filter((l) => !['severity', 'parentSuite', 'suite', 'subSuite'].includes(l.name)),
    ...epics.map((value) => ({ name: 'epic', value })),
    ...stories.map((value) => ({ name: 'story', value })),
    { name: 'severity', value: critical ? 'critical' : 'normal' },
    { name: 'parentSuite', value: epics[0] ?? 'No article section' },
    ...(feature ? [{ name: 'suite', value: feature }] : []),
  ];
  result.parameters = [...result.parameters, { name: 'Profile', value: profile }, { name: 'Client and driver', value: column }];
}

/** Cucumber logs (the timeline) are plain text to Allure. */
function plainTextLogs(result) {
  const visit = (node) => {
    for (const a of node.attachments ?? []) if (a.type === 'text/x.cucumber.log+plain') a.type = 'text/plain';
    for (const s of node.steps ?? []) visit(s);
  };
  visit(result);
}

/** A step without a status is one Cucumber found no definition for. */
function breakUndefined(result) {
  const undefinedStep = result.steps.find((step) => step.status === undefined);
  if (!undefinedStep || result.status !== 'passed') return;
  result.status = 'broken';
  result.statusDetails = {
    ...result.statusDetails,
    message: `No step definition matches "${undefinedStep.name}".`,
  };
}

function unique(values) {
  return [...new Set(values)];
}

module.exports = { allureFormatOptions, allureResultsDir, relabel, breakUndefined, plainTextLogs };
