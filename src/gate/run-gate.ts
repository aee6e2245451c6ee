import { constants, tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { referenceHostCommand } from '../drivers/external/client-command';
import { containment, containmentLine } from '../drivers/external/client-container';
import { clientCannotStart } from './client-preflight';
import { compareResults } from './compare-results';
import { cucumberBin } from './cucumber-bin';
import { takeExploreOptions } from './explore-options';
import { readExpectations, type Expectations } from './expectations';
import { nameFromCommand, parseGateOptions, slug, usage } from './gate-options';
import { clientLimits } from '../drivers/external/client-limits';
import { endRunLeftovers, processesLine, readRunTally, usageLine } from './end-leftovers';
import { renderGate } from './render-gate';
import { runCucumber } from './run-cucumber';
import { claimRunFolder, markerName, statFiles } from './run-folder';
import { writeFileAtomic } from '../run-folder/write-files-atomic';
import { stampHtml, stampJunit, type RunIdentity } from './run-identity';
import { RunRecord } from './run-record';
import { scenarioResults } from './scenario-results';
import { writeGateReports } from './write-gate-reports';
import { scenarioLocations, shardPaths, takeShardOption } from './shard';
import { gateVersion } from './gate-version';
import { protocolVersion } from '../protocol/protocol-version';
import { takeTraceOption } from './trace-option';
import { exchangeReport } from './exchange-report';
import { readTrace } from '../exchanges/golden-exchanges';

const root = path.resolve(__dirname, '..', '..');
/** The reports a gate run writes into its folder: cucumber-js the messages, the gate the rest (write-gate-reports.ts). */
const reportNames = ['messages.ndjson', 'cucumber.html', 'junit.xml', 'conformance.md', 'allure-results'];

/** What the gate ended with: the exit code (0 every result as expected, 1 some result not, 2 could not run) and its tally. */
export interface GateRun {
  readonly code: number;
  readonly tally: { readonly suite: string; readonly passed: number; readonly failed: number } | null;
}

export async function runGate(argv: readonly string[], callerDir: string, env: NodeJS.ProcessEnv = process.env): Promise<GateRun> {
  const exploration = takeExploreOptions(argv);
  const sharding = takeShardOption(exploration.rest);
  const tracing = takeTraceOption(sharding.rest, callerDir);
  const options = parseGateOptions(tracing.rest, callerDir, env);
  if (options.help) {
    console.log(usage);
    return { code: 0, tally: null };
  }
  const expectations: Expectations = options.expect ? readExpectations(options.expect) : { knownDeviations: [] };
  const expectText = options.expect ? readFileSync(options.expect) : null;
  const command = options.client ?? referenceHostCommand;
  const cannot = clientCannotStart(command, callerDir, env);
  if (cannot !== null) throw new Error(cannot);
  const shardArgs = sharding.shard ? shardPaths(scenarioLocations(root), sharding.shard) : [];
  const name = options.clientName ?? expectations.client ?? (options.client ? nameFromCommand(options.client) : 'reference client');
  const profile = `external-${slug(name)}`;
  const out = options.out ?? path.join(root, 'reports', profile);
  // Only the gate's default folder may hold an older gate's reports without its marker.
  claimRunFolder(out, options.out ? [] : [...reportNames, 'client-tally.json']);
  const contained = containment(env);
  const identity: RunIdentity = {
    run: randomUUID(),
    testRun: null,
    seed: env.SIGNIN_SEED ?? String(Math.floor(Math.random() * 2 ** 31)),
    version: gateVersion,
    client: name,
    command,
  };
  const runJson = (extra: object): string =>
    JSON.stringify(
      {
        profile,
        driver: 'external',
        column: `External client: ${name}`,
        client: command,
        protocol: protocolVersion,
        shard: sharding.shard,
        filtered: options.cucumberArgs.length > 0,
        gate: { ...identity, ...extra },
      },
      null,
      2,
    );
  writeFileAtomic(path.join(out, markerName), runJson({ files: [] }));
  if (expectText) writeFileSync(path.join(out, 'expectations.json'), expectText);

  console.log(
    `signin-sim gate ${gateVersion}: ${name}\n  client:  ${command}\n  from:    ${callerDir}\n  reports: ${out}\n  run:     ${identity.run} (seed ${identity.seed})\n${containmentLine(contained)}\n`,
  );
  // The driver's tally goes to a folder of the gate's, outside the reports and unnamed to the client.
  const own = mkdtempSync(path.join(tmpdir(), 'signin-gate-'));
  const tallyFile = path.join(own, 'client-tally.json');
  // Each scenario's exchange, normalised: for --trace, and to show where a failing one leaves the reference's.
  const traceFile = tracing.file ?? path.join(own, 'exchange.ndjson');
  writeFileSync(traceFile, '');
  const record = new RunRecord();
  const run = await runCucumber(
    [cucumberBin(), '--config', path.join('bin', 'gate-cucumber.js'), ...options.cucumberArgs],
    root,
    {
      ...env,
      TS_NODE_TRANSPILE_ONLY: 'true',
      SIGNIN_DRIVER: 'external',
      SIGNIN_SEED: identity.seed,
      SIGNIN_CLIENT: command,
      SIGNIN_CLIENT_CWD: callerDir,
      SIGNIN_GATE_DIR: out,
      SIGNIN_GATE_NAME: name,
      SIGNIN_GATE_RUN: identity.run,
      // A shard's scenarios replace the profile's paths (paths given on the command line would be added to them).
      ...(sharding.shard ? { SIGNIN_GATE_PATHS: JSON.stringify(shardArgs) } : {}),
      SIGNIN_CLIENT_TALLY_FILE: tallyFile,
      SIGNIN_TRACE: traceFile,
      SIGNIN_COLUMN: `External client: ${name}`,
      ...(contained.kind === 'search' ? { SIGNIN_CONTAINMENT: 'search' } : {}),
      ...(options.clientName ? { SIGNIN_CLIENT_NAME: options.clientName } : {}),
      ...(options.timeoutMs ? { SIGNIN_CLIENT_TIMEOUT_MS: String(options.timeoutMs) } : {}),
    },
    new Set(expectations.knownDeviations.map((d) => d.scenario)),
    (message) => record.receive(message),
  );
  const afterRun = endRunLeftovers(identity.run);
  const runTally = readRunTally(tallyFile);
  const traced = readTrace(traceFile);
  rmSync(own, { recursive: true, force: true });
  const processes = [usageLine(runTally, clientLimits(env)), processesLine(runTally, afterRun)].join('\n');
  const ended = run.status ?? run.signal;
  const interrupted = run.interruptedBy ? 128 + (constants.signals[run.interruptedBy] ?? 0) : null;
  const messages = path.join(out, 'messages.ndjson');
  const fileCheck = record.check(messages);
  const stamped: RunIdentity = { ...identity, testRun: record.testRunId };
  const finish = (verdict: object): void =>
    writeFileAtomic(
      path.join(out, markerName),
      runJson({
        ...stamped,
        messages: { sha256: record.sha256, check: fileCheck },
        verdict,
        files: statFiles(out, ['expectations.json', ...reportNames]),
      }),
    );
  if (record.envelopes.length === 0) {
    finish({ ran: false });
    console.error(
      `\nThe gate could not run the features (cucumber-js exited with ${ended}); it received no record of the run.\n${processes}`,
    );
    return { code: interrupted ?? 2, tally: null };
  }
  const results = scenarioResults(record.envelopes);
  if (results.length === 0 && sharding.shard && run.status === 0) {
    // A filter after "--" may leave a shard nothing to run; `merge` still counts it as present.
    finish({ ran: true, passed: 0, failed: 0 });
    console.log(
      `\nShard ${sharding.shard.index}/${sharding.shard.count} holds no scenario of this selection.\n${processes}\n0 passed, 0 failed`,
    );
    return { code: 0, tally: null };
  }
  if (results.length === 0) {
    finish({ ran: false });
    const why = run.interruptedBy
      ? `the gate was interrupted by ${run.interruptedBy}`
      : `cucumber-js exited with ${ended}; check the arguments after "--"`;
    console.error(`\nNo scenario ran (${why}).\n${processes}`);
    return { code: interrupted ?? 2, tally: null };
  }
  const outcome = compareResults(results, expectations.knownDeviations, options.cucumberArgs.length === 0 && !sharding.shard);
  await writeGateReports({
    out,
    envelopes: record.envelopes,
    judged: outcome.judged,
    expectations,
    expectFile: options.expect,
    name,
    column: `External client: ${name}`,
    allure: env.SIGNIN_ALLURE !== '0',
  });
  stampJunit(path.join(out, 'junit.xml'), stamped);
  stampHtml(path.join(out, 'cucumber.html'), stamped);
  const interruption = run.interruptedBy
    ? `Interrupted by ${run.interruptedBy}: the results above are those of the scenarios that had run.`
    : null;
  const tampered = fileCheck === 'changed' || fileCheck === 'missing' ? 1 : 0;
  const divergences = exchangeReport(outcome.judged, traced, identity.seed);
  const tamperLine = `✗ messages.ndjson is ${fileCheck === 'missing' ? 'gone' : 'not what cucumber-js wrote'}: changed during the run by something other than the gate (the client?). The verdict comes from the gate's own record; that counts as 1 failure.`;
  console.log(
    renderGate({
      name,
      outcome: { ...outcome, failed: outcome.failed + tampered },
      expectFile: options.expect,
      out,
      before: [
        ...(divergences ? [divergences] : []),
        ...(interruption ? [interruption] : []),
        ...(tampered ? [tamperLine] : []),
        processes,
      ],
    }),
  );

  const explored =
    exploration.runs === null || interrupted
      ? { passed: 0, failed: 0 }
      : // Loaded only when asked: exploration's modules take seconds to load.
        await (
          await import('./gate-explore')
        ).exploreInGate(command, callerDir, options.expect, exploration.runs, exploration.seed, exploration.budgetMs);
  const passed = outcome.passed + explored.passed;
  const failed = outcome.failed + explored.failed + (interrupted ? 1 : 0) + tampered;
  finish({ passed, failed });
  const tally = options.tally ? { suite: `gate-${slug(name)}`, passed, failed } : null;
  return { code: interrupted ?? (failed === 0 && run.status !== null ? 0 : 1), tally };
}
