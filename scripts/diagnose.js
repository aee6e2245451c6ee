#!/usr/bin/env node
// npm run diagnose -- "<the ticket, in the customer's words>" [--changed ...] [--when ...] [--users one|several]
//   [--computers one|several] [--network office|home|vpn|public] [--answer key=value ...] [--reproduce] [--json]
// Ranks the causes of the symptom index for a ticket (src/intake). When the words are too vague it asks the one
// question that best splits the candidates: at a terminal it waits for the answer, otherwise it prints the question
// and the --answer to give. Each cause printed names its page in the HTML report. --reproduce runs each leading cause's first scenario and prints its timeline.
const fs = require('node:fs');
const path = require('node:path');
require('./register-ts');
const readline = require('node:readline/promises');
const { parseCommandLine, runCommand, UsageError } = require('./command-line');
const { diagnoseOptionsConfig, diagnoseUsage, readDiagnoseOptions } = require('../src/intake/diagnose-options');
const { intake } = require('../src/intake/intake');
const { questions } = require('../src/intake/questions');
const { formatIntake } = require('../src/intake/format-intake');
const { theCauseSearch, startFromTicket } = require('../src/intake/the-intake');
const { causePath } = require('../src/report/page-paths');

/** The cause's page of the conformance report (under SIGNIN_REPORTS_DIR, default reports/), and how to build it when it is not there yet. */
function causePage(id) {
  const page = path.join(process.env.SIGNIN_REPORTS_DIR ?? 'reports', causePath(id));
  return fs.existsSync(page) ? page : `${page}  (not built yet: npm test, or npm run report after a run)`;
}

async function main() {
  const { values, positionals } = parseCommandLine(diagnoseUsage, diagnoseOptionsConfig);
  let options;
  try {
    options = readDiagnoseOptions(values, positionals);
  } catch (e) {
    throw new UsageError(`${e instanceof Error ? e.message : String(e)} (usage: ${diagnoseUsage})`);
  }
  if (options.json) {
    console.log(JSON.stringify(startFromTicket(options.ticket), null, 2));
    return;
  }
  const search = theCauseSearch();
  let ticket = options.ticket;
  let result = intake(search, ticket);
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const rl = interactive ? readline.createInterface({ input: process.stdin, output: process.stdout }) : null;
  try {
    for (let asked = 0; rl && result.question && asked < questions.length; asked++) {
      const q = result.question;
      console.log(`\n${q.text}`);
      q.answers.forEach((a, i) => console.log(`  ${i + 1}. ${a.label}`));
      const reply = (await rl.question('Answer (number, or Enter to stop): ')).trim();
      const chosen = q.answers[Number(reply) - 1];
      if (!chosen) break;
      ticket = { ...ticket, answers: { ...ticket.answers, [q.key]: chosen.value } };
      result = intake(search, ticket);
    }
  } finally {
    rl?.close();
  }
  console.log(formatIntake(search.index, ticket, result, options.reproduce, causePage));
  if (!options.reproduce || result.question) return;
  const targets = [...new Set(result.ranked.flatMap((h) => h.cause.reproducedBy.slice(0, 1).map((s) => `${s.uri}:${s.line}`)))];
  const { prepare, runOnce } = require('./cucumber-in-process');
  const prepared = await prepare();
  for (const target of targets.slice(0, 3)) {
    const run = await runOnce(prepared, [target]);
    for (const s of run.scenarios) {
      const timeline = s.attachments.find((a) => a.fileName === 'timeline.txt');
      console.log(`\n== ${s.name} (${s.uri}:${s.line}): ${s.status === 'PASSED' ? 'passed' : s.status.toLowerCase()}`);
      console.log((timeline?.body ?? '(no timeline)').replace(/^/gm, '  '));
    }
  }
}

runCommand('diagnose', main);
