#!/usr/bin/env node
// npm run reproduce -- <feature file>[:<line>] [--seed N]
// Runs one scenario (or one feature) against the reference client and prints its steps and timeline.
require('./register-ts');
const { prepare, runOnce } = require('./cucumber-in-process');
const { parseCommandLine, runCommand, UsageError } = require('./command-line');
const { parseSeed, seedFromEnvironment } = require('../src/runtime/seed');

const usage = 'npm run reproduce -- <feature file>[:<line>] [--seed N]';

const mark = { PASSED: '✔', FAILED: '✖', SKIPPED: '-', UNDEFINED: '?', PENDING: '?', AMBIGUOUS: '✖' };

async function main() {
  const { values, positionals } = parseCommandLine(usage, { options: { seed: { type: 'string' } }, positionals: [1, 1] });
  const [target] = positionals;
  try {
    if (values.seed !== undefined) process.env.SIGNIN_SEED = String(parseSeed(values.seed, '--seed'));
    seedFromEnvironment();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  process.env.SIGNIN_REPRODUCE = '1'; // the hooks leave the timeline to this script
  const prepared = await prepare();
  const run = await runOnce(prepared, [target]);
  if (run.scenarios.length === 0)
    throw new UsageError(`no scenario at ${target}; give a feature file, optionally with :<line of the Scenario> (usage: ${usage})`);
  for (const s of run.scenarios) {
    console.log(`\nScenario: ${s.name}  (${s.uri}:${s.line})`);
    for (const step of s.steps) {
      const r = s.stepResults.find((x) => x.pickleStepId === step.id);
      console.log(`  ${mark[r?.status] ?? ' '} ${step.text}`);
      // The check's message (one diff: expected against found), without the stack.
      const lines = (r?.message ?? '').split('\n');
      const end = lines.findIndex((l) => /^\s+at /.test(l));
      for (const l of r?.message ? lines.slice(0, end < 0 ? undefined : end) : []) console.log(`      ${l}`);
    }
    const timeline = s.attachments.find((a) => a.fileName === 'timeline.txt');
    console.log(`\n  Timeline (virtual time):\n${(timeline?.body ?? '(none)').replace(/^/gm, '    ')}`);
    console.log(`\n  Result: ${s.status === 'PASSED' ? 'passed' : s.status.toLowerCase()}`);
  }
  return run.success ? 0 : 1;
}

runCommand('reproduce', main);
