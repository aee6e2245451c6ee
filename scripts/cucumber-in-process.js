// Runs the features through Cucumber's API, several times in one Node process (support code loaded once).
// Used by the mutant run, the seed check and the reproduce command.
const { loadConfiguration, loadSupport, runCucumber } = require('@cucumber/cucumber/api');
const { Writable } = require('node:stream');

const silent = () => new Writable({ write: (_c, _e, cb) => cb() });

/** Loads the default profile with overrides; returns { runConfiguration, support }. */
async function prepare(overrides = {}, environment = {}) {
  const env = { cwd: process.cwd(), stdout: silent(), stderr: silent(), env: process.env, ...environment };
  const { runConfiguration } = await loadConfiguration({ profiles: ['api'], provided: overrides }, env);
  const support = await loadSupport(runConfiguration, env);
  return { runConfiguration, support, env };
}

/**
 * One run. Returns { success, scenarios: [{ name, uri, line, status, attachments }] } from the message stream.
 */
async function runOnce(prepared, paths) {
  const pickles = new Map();
  const cases = new Map();
  const results = new Map();
  const attachments = new Map();
  const stepResults = new Map();
  const testSteps = new Map();
  const worst = ['UNKNOWN', 'PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];
  const onMessage = (m) => {
    if (m.pickle) pickles.set(m.pickle.id, m.pickle);
    if (m.testCase) {
      cases.set(m.testCase.id, m.testCase.pickleId);
      for (const ts of m.testCase.testSteps) testSteps.set(ts.id, ts.pickleStepId ?? null);
    }
    if (m.testCaseStarted) results.set(m.testCaseStarted.id, { pickleId: cases.get(m.testCaseStarted.testCaseId), status: 'PASSED' });
    if (m.testStepFinished) {
      const list = stepResults.get(m.testStepFinished.testCaseStartedId) ?? [];
      list.push({
        stepId: m.testStepFinished.testStepId,
        status: m.testStepFinished.testStepResult.status,
        message: m.testStepFinished.testStepResult.message,
      });
      stepResults.set(m.testStepFinished.testCaseStartedId, list);
      const r = results.get(m.testStepFinished.testCaseStartedId);
      const s = m.testStepFinished.testStepResult.status;
      if (r && worst.indexOf(s) > worst.indexOf(r.status)) r.status = s;
    }
    if (m.attachment) {
      const list = attachments.get(m.attachment.testCaseStartedId) ?? [];
      list.push(m.attachment);
      attachments.set(m.attachment.testCaseStartedId, list);
    }
  };
  const rc = prepared.runConfiguration;
  const sources = paths ? { ...rc.sources, paths } : rc.sources;
  const { success } = await runCucumber({ ...rc, sources, support: prepared.support }, prepared.env, onMessage);
  const scenarios = [...results.entries()].map(([id, r]) => {
    const p = pickles.get(r.pickleId);
    const steps = p.steps.map((st) => ({ id: st.id, text: st.text, keyword: st.type }));
    for (const r of stepResults.get(id) ?? []) r.pickleStepId = testSteps.get(r.stepId);
    return {
      name: p.name,
      uri: p.uri,
      line: p.location?.line,
      steps,
      stepResults: stepResults.get(id) ?? [],
      tags: p.tags.map((t) => t.name),
      status: r.status,
      attachments: attachments.get(id) ?? [],
    };
  });
  return { success, scenarios };
}

module.exports = { prepare, runOnce };
