#!/usr/bin/env node
// Runs one feature file (a scenario written by exploration) through Cucumber's API, like scripts/run-mutants.js, and
// prints {"status", "step", "message"} as its last line. The environment picks the client (SIGNIN_MUTANT, or
// SIGNIN_DRIVER=external with SIGNIN_CLIENT); src/explore/verify-finding.ts runs it once per client.
require('./register-ts');
const { prepare, runOnce } = require('./cucumber-in-process');

async function main(file) {
  const prepared = await prepare({ paths: [file] });
  const run = await runOnce(prepared, [file]);
  const s = run.scenarios[0];
  const failed = s?.stepResults.find((r) => r.status !== 'PASSED');
  const step = failed && s?.steps.find((x) => x.id === failed.pickleStepId);
  process.stdout.write(
    `\n${JSON.stringify({ status: s ? s.status : 'NONE', step: step?.text ?? null, message: failed?.message?.split('\n')[0] ?? null })}\n`,
  );
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
