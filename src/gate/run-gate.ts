import { constants } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { referenceHostCommand } from '../drivers/external/client-command';
import { compareResults } from './compare-results';
import { cucumberBin } from './cucumber-bin';
import { exploreInGate, takeExploreOptions } from './gate-explore';
import { readExpectations, type Expectations } from './expectations';
import { nameFromCommand, parseGateOptions, slug, usage } from './gate-options';
import { clientLimits } from '../drivers/external/client-limits';
import { endRunLeftovers, processesLine, readRunTally, usageLine } from './end-leftovers';
import { renderGate } from './render-gate';
import { runCucumber } from './run-cucumber';
import { scenarioResults } from './scenario-results';
import { writeGateReports } from './write-gate-reports';
import { scenarioLocations, shardPaths, takeShardOption } from './shard';
import { gateVersion } from './gate-version';
import { protocolVersion } from '../protocol/protocol-version';

const root = path.resolve(__dirname, '..', '..');

/** What the gate ended with: the exit code (0 every result as expected, 1 some result not, 2 could not run) and its tally. */
export interface GateRun {
  readonly code: number;
  readonly tally: { readonly suite: string; readonly passed: number; readonly failed: number } | null;
}

export async function runGate(argv: readonly string[], callerDir: string, env: NodeJS.ProcessEnv = process.env): Promise<GateRun> {
  const exploration = takeExploreOptions(argv);
  const sharding = takeShardOption(exploration.rest);
  const options = parseGateOptions(sharding.rest, callerDir, env);
  const shardArgs = sharding.shard ? shardPaths(scenarioLocations(root), sharding.shard) : [];
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
    JSON.stringify(
      {
        profile,
        driver: 'external',
        column: `External client: ${name}`,
        client: command,
        gate: gateVersion,
        protocol: protocolVersion,
        shard: sharding.shard,
        filtered: options.cucumberArgs.length > 0,
      },
      null,
      2,
    ),
  );
  if (options.expect) copyFileSync(options.expect, path.join(out, 'expectations.json'));

  console.log(`signin-sim gate ${gateVersion}: ${name}\n  client:  ${command}\n  from:    ${callerDir}\n  reports: ${out}\n`);
  const runId = `${process.pid}-${Date.now()}`;
  const tallyFile = path.join(out, 'client-tally.json');
  const run = await runCucumber(
    [cucumberBin(), '--config', path.join('bin', 'gate-cucumber.js'), ...options.cucumberArgs],
    root,
    {
      ...env,
      TS_NODE_TRANSPILE_ONLY: 'true',
      SIGNIN_DRIVER: 'external',
      SIGNIN_CLIENT: command,
      SIGNIN_CLIENT_CWD: callerDir,
      SIGNIN_GATE_DIR: out,
      SIGNIN_GATE_NAME: name,
      SIGNIN_GATE_RUN: runId,
      // A shard's scenarios replace the profile's paths (paths given on the command line would be added to them).
      ...(sharding.shard ? { SIGNIN_GATE_PATHS: JSON.stringify(shardArgs) } : {}),
      SIGNIN_CLIENT_TALLY_FILE: tallyFile,
      SIGNIN_COLUMN: `External client: ${name}`,
      ...(options.clientName ? { SIGNIN_CLIENT_NAME: options.clientName } : {}),
      ...(options.timeoutMs ? { SIGNIN_CLIENT_TIMEOUT_MS: String(options.timeoutMs) } : {}),
    },
    new Set(expectations.knownDeviations.map((d) => d.scenario)),
  );
  const afterRun = endRunLeftovers(runId);
  const runTally = readRunTally(tallyFile);
  const processes = [usageLine(runTally, clientLimits(env)), processesLine(runTally, afterRun)].join('\n');
  const ended = run.status ?? run.signal;
  const interrupted = run.interruptedBy ? 128 + (constants.signals[run.interruptedBy] ?? 0) : null;
  const messages = path.join(out, 'messages.ndjson');
  if (!existsSync(messages)) {
    console.error(`\nThe gate could not run the features (cucumber-js exited with ${ended}); no ${messages}.\n${processes}`);
    return { code: interrupted ?? 2, tally: null };
  }
  const envelopes = parseNdjson(readFileSync(messages, 'utf8'));
  const results = scenarioResults(envelopes);
  if (results.length === 0 && sharding.shard && run.status === 0) {
    // A filter after "--" may leave a shard nothing to run; `merge` still counts it as present.
    console.log(
      `\nShard ${sharding.shard.index}/${sharding.shard.count} holds no scenario of this selection.\n${processes}\n0 passed, 0 failed`,
    );
    return { code: 0, tally: null };
  }
  if (results.length === 0) {
    const why = run.interruptedBy
      ? `the gate was interrupted by ${run.interruptedBy}`
      : `cucumber-js exited with ${ended}; check the arguments after "--"`;
    console.error(`\nNo scenario ran (${why}).\n${processes}`);
    return { code: interrupted ?? 2, tally: null };
  }
  const outcome = compareResults(results, expectations.knownDeviations, options.cucumberArgs.length === 0 && !sharding.shard);
  await writeGateReports({
    out,
    envelopes,
    judged: outcome.judged,
    expectations,
    expectFile: options.expect,
    name,
    column: `External client: ${name}`,
    allure: env.SIGNIN_ALLURE !== '0',
  });
  const interruption = run.interruptedBy
    ? `Interrupted by ${run.interruptedBy}: the results above are those of the scenarios that had run.`
    : null;
  console.log(renderGate({ name, outcome, expectFile: options.expect, out, before: [...(interruption ? [interruption] : []), processes] }));
  const explored =
    exploration.runs === null || interrupted
      ? { passed: 0, failed: 0 }
      : await exploreInGate(command, callerDir, options.expect, exploration.runs, exploration.seed);
  const passed = outcome.passed + explored.passed;
  const failed = outcome.failed + explored.failed + (interrupted ? 1 : 0);
  const tally = options.tally ? { suite: `gate-${slug(name)}`, passed, failed } : null;
  return { code: interrupted ?? (failed === 0 && run.status !== null ? 0 : 1), tally };
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
