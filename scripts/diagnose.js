#!/usr/bin/env node
// npm run diagnose -- "<message text or part of it>" [--users one|several] [--computers one|several] [--reproduce]
// Prints the messages that match, their causes ranked by who is affected, how to confirm and fix each, and the
// command that reproduces it, and the cause's page in the HTML report (under SIGNIN_REPORTS_DIR, default reports/);
// --reproduce runs those scenarios and prints their timelines.
const fs = require('node:fs');
const path = require('node:path');
require('./register-ts');
const { buildSymptomIndex } = require('../src/symptoms/symptom-index');
const { diagnose } = require('../src/symptoms/diagnose');
const { formatDiagnosis, parseDiagnoseArgs } = require('../src/symptoms/format-diagnosis');
const { causePath } = require('../src/report/page-paths');

/** The cause's page of the conformance report, and how to build it when it is not there yet. */
function causePage(id) {
  const page = path.join(process.env.SIGNIN_REPORTS_DIR ?? 'reports', causePath(id));
  return fs.existsSync(page) ? page : `${page}  (not built yet: npm test, or npm run report after a run)`;
}

async function main() {
  const options = parseDiagnoseArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(options.error);
    process.exitCode = 2;
    return;
  }
  const result = diagnose(buildSymptomIndex(), options.quoted, options.seen);
  console.log(formatDiagnosis(result, options, causePage));
  if (!options.reproduce || !result.found) return;
  const targets = [
    ...new Set(result.candidates.flatMap((c) => c.causes.flatMap((r) => r.scenarios.slice(0, 1).map((s) => `${s.uri}:${s.line}`)))),
  ];
  const { prepare, runOnce } = require('./cucumber-in-process');
  const prepared = await prepare();
  for (const target of targets.slice(0, 6)) {
    const run = await runOnce(prepared, [target]);
    for (const s of run.scenarios) {
      const timeline = s.attachments.find((a) => a.fileName === 'timeline.txt');
      console.log(`\n== ${s.name} (${s.uri}:${s.line}): ${s.status === 'PASSED' ? 'passed' : s.status.toLowerCase()}`);
      console.log((timeline?.body ?? '(no timeline)').replace(/^/gm, '  '));
    }
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
