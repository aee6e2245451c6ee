#!/usr/bin/env node
// npm run reproduce -- <feature file>[:<line>] [--seed N]
// Runs one scenario (or one feature) against the reference client and prints its steps and timeline.
require('./register-ts');
const { prepare, runOnce } = require('./cucumber-in-process');

const mark = { PASSED: '✔', FAILED: '✖', SKIPPED: '-', UNDEFINED: '?', PENDING: '?', AMBIGUOUS: '✖' };

async function main() {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  if (seedAt >= 0) process.env.SIGNIN_SEED = args.splice(seedAt, 2)[1];
  process.env.SIGNIN_REPRODUCE = '1'; // the hooks leave the timeline to this script
  const target = args[0];
  if (!target) {
    console.error('usage: npm run reproduce -- features/troubleshooting/clock.feature:12 [--seed N]');
    process.exitCode = 2;
    return;
  }
  const prepared = await prepare();
  const run = await runOnce(prepared, [target]);
  if (run.scenarios.length === 0) console.log(`No scenario at ${target}. Give a feature file, optionally with :<line of the Scenario>.`);
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
  process.exitCode = run.success ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
