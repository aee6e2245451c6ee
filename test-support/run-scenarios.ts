import { Writable } from 'node:stream';
import { loadConfiguration, loadSupport, runCucumber } from '@cucumber/cucumber/api';
import type { Attachment, Envelope, FeatureChild } from '@cucumber/messages';
import { attachmentText, scenarioRuns } from '../src/recorded-run';

/** One scenario's outcome in an in-process run: the worst step status, its first step with that status, and its steps' texts. */
export interface ScenarioOutcome {
  readonly uri: string;
  readonly line: number;
  /** The line of its Scenario or Scenario Outline (an outline's rows all share it; for a Scenario, `line`). */
  readonly scenarioLine: number;
  readonly name: string;
  readonly status: string;
  readonly steps: readonly string[];
  readonly firstError: string | null;
  /** The timeline the fakes recorded (its timeline.json attachment), or null when none was attached. */
  readonly timeline: readonly { readonly text: string; readonly failing?: boolean; readonly expected?: string }[] | null;
}

const silent = () => new Writable({ write: (_c, _e, cb) => cb() });
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
  const envelopes: Envelope[] = [];
  const rc = prepared.runConfiguration;
  const onMessage = (m: Envelope) => envelopes.push(m);
  await runCucumber({ ...rc, sources: { ...rc.sources, paths: [...paths] }, support: prepared.support }, environment(), onMessage);
  const scenarioLines = new Map<string, number>();
  const visit = (children: readonly FeatureChild[]): void => {
    for (const c of children) {
      if (c.scenario) scenarioLines.set(c.scenario.id, c.scenario.location.line);
      if (c.rule) visit(c.rule.children);
    }
  };
  for (const e of envelopes) visit(e.gherkinDocument?.feature?.children ?? []);
  return scenarioRuns(envelopes).map((s) => ({
    uri: s.uri,
    line: s.line,
    scenarioLine: scenarioLines.get(s.pickle.astNodeIds[0] ?? '') ?? s.line,
    name: s.name,
    status: s.worst.status,
    steps: s.pickle.steps.map((p) => p.text),
    firstError: s.worstStep ? (s.worstStep.result?.message ?? s.worst.status) : null,
    timeline: timelineOf(s.attachments),
  }));
}

function timelineOf(attachments: readonly Attachment[]): ScenarioOutcome['timeline'] {
  const json = attachments.find((a) => a.fileName === 'timeline.json');
  return json ? (JSON.parse(attachmentText(json)) as ScenarioOutcome['timeline']) : null;
}
