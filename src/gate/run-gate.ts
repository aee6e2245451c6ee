import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { referenceHostCommand } from '../drivers/external/client-command';
import { compareResults } from './compare-results';
import { readExpectations, type Expectations } from './expectations';
import { nameFromCommand, parseGateOptions, slug, usage } from './gate-options';
import { renderGate } from './render-gate';
import { scenarioResults } from './scenario-results';

const root = path.resolve(__dirname, '..', '..');

/** What the gate ended with: the exit code (0 every result as expected, 1 some result not, 2 could not run) and its tally. */
export interface GateRun {
  readonly code: number;
  readonly tally: { readonly suite: string; readonly passed: number; readonly failed: number } | null;
}

export async function runGate(argv: readonly string[], callerDir: string, env: NodeJS.ProcessEnv = process.env): Promise<GateRun> {
  const options = parseGateOptions(argv, callerDir, env);
  if (options.help) {
    console.log(usage);
    return { code: 0, tally: null };
  }
  const expectations: Expectations = options.expect ? readExpectations(options.expect) : { knownDeviations: [] };
  const command = options.client ?? referenceHostCommand;
  const name = options.clientName ?? expectations.client ?? (options.client ? nameFromCommand(options.client) : 'reference client');
  const profile = `external-${slug(name)}`;
  const out = options.out ?? path.join(root, 'reports', profile);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'run.json'),
    JSON.stringify({ profile, driver: 'external', column: `External client: ${name}`, client: command }, null, 2),
  );
  if (options.expect) copyFileSync(options.expect, path.join(out, 'expectations.json'));

  console.log(`signin-sim gate: ${name}\n  client:  ${command}\n  from:    ${callerDir}\n  reports: ${out}\n`);
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js'),
      '--config',
      path.join('bin', 'gate-cucumber.js'),
      ...options.cucumberArgs,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...env,
        TS_NODE_TRANSPILE_ONLY: 'true',
        SIGNIN_DRIVER: 'external',
        SIGNIN_CLIENT: command,
        SIGNIN_CLIENT_CWD: callerDir,
        SIGNIN_GATE_DIR: out,
        SIGNIN_GATE_NAME: name,
        SIGNIN_COLUMN: `External client: ${name}`,
        ...(options.clientName ? { SIGNIN_CLIENT_NAME: options.clientName } : {}),
        ...(options.timeoutMs ? { SIGNIN_CLIENT_TIMEOUT_MS: String(options.timeoutMs) } : {}),
      },
    },
  );
  const messages = path.join(out, 'messages.ndjson');
  if (!existsSync(messages)) {
    console.error(`\nThe gate could not run the features (cucumber-js exited with ${run.status ?? run.signal}); no ${messages}.`);
    return { code: 2, tally: null };
  }
  const results = scenarioResults(parseNdjson(readFileSync(messages, 'utf8')));
  if (results.length === 0) {
    console.error(`\nNo scenario ran (cucumber-js exited with ${run.status ?? run.signal}); check the arguments after "--".`);
    return { code: 2, tally: null };
  }
  const outcome = compareResults(results, expectations.knownDeviations, options.cucumberArgs.length === 0);
  console.log(renderGate({ name, outcome, expectFile: options.expect, out }));
  const tally = options.tally ? { suite: `gate-${slug(name)}`, passed: outcome.passed, failed: outcome.failed } : null;
  return { code: outcome.failed === 0 && run.status !== null ? 0 : 1, tally };
}

function parseNdjson(text: string): Envelope[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.flatMap((line, i) => {
    try {
      return [JSON.parse(line) as Envelope];
    } catch (error) {
      if (i === lines.length - 1) return [];
      throw error;
    }
  });
}
