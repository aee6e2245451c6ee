// Runs the features through Cucumber's API, several times in one Node process (support code loaded once).
// Used by the mutant run, the seed check and the reproduce command.
const { loadConfiguration, loadSupport, runCucumber } = require('@cucumber/cucumber/api');
const { Writable } = require('node:stream');
require('./register-ts');
const { scenarioRuns } = require('../src/recorded-run');

const silent = () => new Writable({ write: (_c, _e, cb) => cb() });

/** Loads the default profile with overrides; returns { runConfiguration, support }. */
async function prepare(overrides = {}, environment = {}) {
  const env = { cwd: process.cwd(), stdout: silent(), stderr: silent(), env: process.env, ...environment };
  const { runConfiguration } = await loadConfiguration({ profiles: ['api'], provided: overrides }, env);
  const support = await loadSupport(runConfiguration, env);
  return { runConfiguration, support, env };
}

/**
 * One run. Returns { success, scenarios: [{ name, uri, line, steps, stepResults, tags, status, attachments }] }, read
 * from the message stream by src/recorded-run; status is the worst step status (PASSED, FAILED, SKIPPED, ...).
 */
async function runOnce(prepared, paths) {
  const envelopes = [];
  const rc = prepared.runConfiguration;
  const sources = paths ? { ...rc.sources, paths } : rc.sources;
  const { success } = await runCucumber({ ...rc, sources, support: prepared.support }, prepared.env, (m) => envelopes.push(m));
  const scenarios = scenarioRuns(envelopes).map((s) => ({
    name: s.name,
    uri: s.uri,
    line: s.line,
    steps: s.pickle.steps.map((st) => ({ id: st.id, text: st.text, keyword: st.type })),
    stepResults: s.steps.flatMap((st) =>
      st.result
        ? [{ stepId: st.testStep.id, status: st.result.status, message: st.result.message, pickleStepId: st.testStep.pickleStepId ?? null }]
        : [],
    ),
    tags: s.tags,
    status: s.worst.status,
    attachments: s.attachments,
  }));
  return { success, scenarios };
}

module.exports = { prepare, runOnce };
