import { Writable } from 'node:stream';
import { loadConfiguration, loadSupport, runCucumber } from '@cucumber/cucumber/api';
import type { Envelope } from '@cucumber/messages';

/** One scenario's outcome in an in-process run: the worst step status, and the texts of its steps. */
export interface ScenarioOutcome {
  readonly uri: string;
  readonly line: number;
  readonly name: string;
  readonly status: string;
  readonly steps: readonly string[];
  readonly firstError: string | null;
}

const silent = () => new Writable({ write: (_c, _e, cb) => cb() });
const worst = ['UNKNOWN', 'PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];
type Prepared = {
  runConfiguration: Awaited<ReturnType<typeof loadConfiguration>>['runConfiguration'];
  support: Awaited<ReturnType<typeof loadSupport>>;
};
let prepared: Prepared | null = null;
const environment = () => ({ cwd: process.cwd(), stdout: silent(), stderr: silent(), env: process.env });

/**
 * Test support: runs feature files (or `file:line`) against the reference client in this process, strict, with the
 * project's step definitions loaded once, and returns each scenario's outcome. Envs such as SIGNIN_MUTANT apply.
 */
export async function runScenarios(paths: readonly string[]): Promise<ScenarioOutcome[]> {
  if (prepared === null) {
    const { runConfiguration } = await loadConfiguration({ profiles: ['api'] }, environment());
    prepared = { runConfiguration, support: await loadSupport(runConfiguration, environment()) };
  }
  const pickles = new Map<string, { uri: string; line: number; name: string; steps: string[] }>();
  const cases = new Map<string, string>();
  const outcomes = new Map<string, { pickleId: string; status: string; firstError: string | null }>();
  const onMessage = (m: Envelope) => {
    if (m.pickle) {
      const p = m.pickle;
      pickles.set(p.id, { uri: p.uri, line: p.location?.line ?? 0, name: p.name, steps: p.steps.map((s) => s.text) });
    }
    if (m.testCase) cases.set(m.testCase.id, m.testCase.pickleId);
    if (m.testCaseStarted)
      outcomes.set(m.testCaseStarted.id, { pickleId: cases.get(m.testCaseStarted.testCaseId) ?? '', status: 'PASSED', firstError: null });
    if (m.testStepFinished) {
      const o = outcomes.get(m.testStepFinished.testCaseStartedId);
      const r = m.testStepFinished.testStepResult;
      if (o && worst.indexOf(r.status) > worst.indexOf(o.status)) {
        o.status = r.status;
        o.firstError ??= r.message ?? r.status;
      }
    }
  };
  const rc = prepared.runConfiguration;
  await runCucumber({ ...rc, sources: { ...rc.sources, paths: [...paths] }, support: prepared.support }, environment(), onMessage);
  return [...outcomes.values()].map((o) => {
    const p = pickles.get(o.pickleId);
    return {
      uri: p?.uri ?? '',
      line: p?.line ?? 0,
      name: p?.name ?? '',
      status: o.status,
      steps: p?.steps ?? [],
      firstError: o.firstError,
    };
  });
}
