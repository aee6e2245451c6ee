import { escapeMarkdown as m } from './escape';
import { failingBehaviours } from './failing-behaviours';
import { scenarioStatuses, type Summary } from './summary';
import { statusLabels, verdictLabels, verdictOrder } from './verdict-labels';

const icons: Readonly<Record<string, string>> = {
  conforms: '✅',
  deviates: '❌',
  'known-deviation': '⚠️',
  'relies-on-assumption': '🔷',
  'not-applicable': '➖',
  'not-covered': '⬜',
};

/** conformance.md: the same summary as the HTML page, for CI job summaries and pull requests. */
export function renderMarkdown(summary: Summary): string {
  const out: string[] = ['# Lync 2013 sign-in conformance', ''];
  out.push(
    `Catalog coverage: **${summary.coverage.covered} of ${summary.coverage.inScope}** behaviours in scope have at least one scenario that ran.`,
    '',
  );
  out.push('| Client and driver | Behaviours | Scenarios |', '|---|---|---|');
  summary.columns.forEach((c, i) => {
    const rows = summary.sections.flatMap((s) => s.rows);
    const verdicts = verdictOrder
      .map((v) => [v, rows.filter((r) => r.cells[i]?.verdict === v).length] as const)
      .filter(([, n]) => n > 0)
      .map(([v, n]) => `${verdictLabels[v]} ${n}`);
    const counts = scenarioStatuses.filter((st) => c.totals[st] > 0).map((st) => `${statusLabels[st]} ${c.totals[st]}`);
    out.push(`| ${m(c.title)} | ${verdicts.join(', ')} | ${c.totals.total} run: ${counts.join(', ')} |`);
  });
  out.push('', `Legend: ${verdictOrder.map((v) => `${icons[v] ?? ''} ${verdictLabels[v]}`).join(' · ')}`, '');
  for (const { section, rows } of summary.sections) {
    out.push(`## ${m(section.title)}`, '');
    out.push(`| ID | Behaviour | ${summary.columns.map((c) => m(c.title)).join(' | ')} |`);
    out.push(`|---|---|${summary.columns.map(() => '---').join('|')}|`);
    for (const row of rows) {
      const cells = row.cells.map((c) => `${icons[c.verdict] ?? ''} ${verdictLabels[c.verdict]}`);
      out.push(`| ${m(row.behaviour.id)} | ${m(row.behaviour.title)} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  const failing = failingBehaviours(summary);
  out.push('## Failing behaviours', '');
  if (failing.length === 0) out.push('None.', '');
  for (const f of failing) {
    out.push(`- **${m(f.id)}** ${m(f.title)} (${m(f.column)}, ${verdictLabels[f.verdict]})`);
    for (const s of f.scenarios) {
      const reason = s.reason === null ? '' : ` (known: ${m(s.reason)})`;
      out.push(`  - ${m(s.name)} (${m(`${s.uri}:${s.line}`)}): ${m(s.step)}: ${m(s.message)}${reason}`);
    }
  }
  out.push('');
  return out.join('\n');
}
