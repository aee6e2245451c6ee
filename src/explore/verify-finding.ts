import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { HistoryFinding } from './explore';
import type { ClientUnderTest } from './history-run';

const root = path.resolve(__dirname, '..', '..');

interface SideResult {
  readonly status: string;
  readonly step: string | null;
}

/** Runs one feature file in a fresh Node process through Cucumber's API, with the environment that picks the client. */
function runSide(file: string, env: Readonly<Record<string, string>>): SideResult {
  const clean = { ...process.env };
  for (const k of ['SIGNIN_MUTANT', 'SIGNIN_DRIVER', 'SIGNIN_CLIENT', 'SIGNIN_CLIENT_CWD']) delete clean[k];
  const out = execFileSync(process.execPath, [path.join(root, 'scripts', 'verify-scenario.js'), file], {
    cwd: root,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as SideResult;
}

export interface Verification {
  readonly file: string;
  readonly reference: string;
  readonly subject: string;
  /** It passes on the reference and fails on the client under test. */
  readonly ok: boolean;
}

/** Writes the finding's scenario under `dir` and checks it: it must pass on the reference and fail on the client under test. */
export function verifyFinding(finding: HistoryFinding, client: ClientUnderTest, dir: string): Verification {
  mkdirSync(dir, { recursive: true });
  const file = path.resolve(dir, `${client.name.replace(/[^\w.-]+/g, '-')}-history-${finding.history}.feature`);
  writeFileSync(file, finding.scenario.gherkin);
  const reference = runSide(file, {});
  const subject = runSide(file, client.verifyEnv);
  const words = (r: SideResult) => (r.status === 'PASSED' ? 'it passes' : `it fails (${r.status}${r.step ? ` at "${r.step}"` : ''})`);
  return {
    file: path.relative(root, file),
    reference: words(reference),
    subject: words(subject),
    ok: reference.status === 'PASSED' && subject.status !== 'PASSED',
  };
}
