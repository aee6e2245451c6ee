import { join } from 'node:path';
import { plainText as t } from './escape';
import { failingBehaviours } from './failing-behaviours';
import { behaviourPath, pagesFolder } from './page-paths';
import type { Summary, Verdict } from './summary';
import { verdictOrder } from './verdict-labels';

const short: Readonly<Record<Verdict, string>> = {
  deviates: 'deviate',
  'known-deviation': 'known deviation',
  'relies-on-assumption': 'rely on an assumption',
  conforms: 'conform',
  'not-applicable': 'not applicable',
  'not-covered': 'not covered',
};
const maxFailing = 8;

/**
 * A one-screen plain-text summary: verdicts by article section per column, failing behaviours
 * with their first failing step, and where the reports are. It prints no pass/fail count line:
 * the test script prints that last.
 */
export function renderTerminal(summary: Summary, reportsDir: string): string {
  const { covered, inScope } = summary.coverage;
  const out = [`Conformance to the sign-in catalog: ${covered} of ${inScope} behaviours covered`];
  const width = Math.max(...summary.sections.map((s) => s.section.title.length));
  summary.columns.forEach((column, i) => {
    out.push('', t(column.title));
    for (const { section, rows } of summary.sections) {
      const counts = verdictOrder
        .map((v) => [v, rows.filter((r) => r.cells[i]?.verdict === v).length] as const)
        .filter(([, n]) => n > 0)
        .map(([v, n]) => `${n} ${short[v]}`);
      out.push(`  ${section.title.padEnd(width)}  ${counts.join(', ')}`);
    }
  });
  const failing = failingBehaviours(summary);
  if (failing.length > 0) {
    out.push('', 'Failing behaviours');
    for (const f of failing.slice(0, maxFailing)) {
      const mark = f.verdict === 'deviates' ? '✖' : '!';
      out.push(`  ${mark} ${f.id} ${t(f.title)} [${t(f.column)}]`);
      const first = f.scenarios[0];
      if (first) out.push(`      ${t(first.step)}: ${t(first.message)}`);
      out.push(`      ${join(reportsDir, behaviourPath(f.id))}`);
    }
    if (failing.length > maxFailing) {
      out.push(`  ... and ${failing.length - maxFailing} more in the HTML report`);
    }
  }
  const profiles = summary.columns.map((c) => c.profile).filter((p): p is string => p !== null);
  out.push('', 'Reports');
  out.push(`  ${join(reportsDir, 'conformance.html')}  (open in a browser; its pages are in ${join(reportsDir, pagesFolder)}/)`);
  out.push(`  ${join(reportsDir, 'conformance.md')}`);
  for (const p of profiles) out.push(`  ${join(reportsDir, p)}/  cucumber.html, junit.xml, messages.ndjson`);
  return out.join('\n');
}
