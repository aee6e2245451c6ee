import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const root = join(__dirname, '..', '..');
const runFeatures = join(root, 'scripts', 'run-features.js');

/**
 * A Cucumber configuration, in a temporary folder, whose `default` profile is the project's with one feature file:
 * a run small enough to repeat twenty times. Returns its path relative to the project (Cucumber wants that).
 */
export function oneFeatureConfig(feature = 'features/first-sign-in/first-sign-in.feature'): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-config-'));
  const file = join(dir, 'cucumber.one-feature.js');
  writeFileSync(
    file,
    `const base = require(${JSON.stringify(join(root, 'cucumber.js'))});\nmodule.exports = { default: { ...base.default, paths: [${JSON.stringify(feature)}] } };\n`,
  );
  return relative(root, file);
}

/** The environment of a run that writes its reports (and tallies) under `reportsDir`. */
export function runEnv(reportsDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SIGNIN_REPORTS_DIR: reportsDir, CI: 'true', ...extra };
  delete env.SIGNIN_REPORTS_LOCK;
  return env;
}

/** `node scripts/run-features.js default` with the one-feature configuration, to its end. */
export function runToEnd(reportsDir: string, config: string): { status: number | null; output: string; seconds: number } {
  const started = Date.now();
  const r = spawnSync(process.execPath, [runFeatures, 'default', '--config', config], {
    cwd: root,
    encoding: 'utf8',
    env: runEnv(reportsDir),
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}`, seconds: (Date.now() - started) / 1000 };
}

/** The same run, started in its own process group (so that the whole run can be killed) and not awaited. */
export function startRun(
  reportsDir: string,
  config: string,
  extraEnv: Record<string, string> = {},
): ChildProcess & { output: () => string; errors: () => string } {
  const child = spawn(process.execPath, [runFeatures, 'default', '--config', config], {
    cwd: root,
    env: runEnv(reportsDir, extraEnv),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
    errors += d.toString();
  });
  return Object.assign(child, { output: () => output, errors: () => errors });
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** `npm run report` on a reports folder. */
export function report(reportsDir: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'report.js'), reportsDir], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
