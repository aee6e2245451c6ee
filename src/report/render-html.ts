import type { PhaseMove } from '../simulator/phase-table';
import type { SymptomIndexData } from '../symptoms/symptom-types';
import { escapeHtml as e } from './escape';
import { renderBySymptom } from './render-by-symptom';
import { renderStateDiagram } from './render-diagram';
import { renderScenario } from './render-html-scenario';
import { reportCss } from './report-css';
import { scenarioStatuses, type BehaviourRow, type ColumnSummary, type Summary } from './summary';
import { statusLabels, verdictLabels, verdictOrder } from './verdict-labels';

const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' file: data:; script-src 'none'";

/**
 * conformance.html: one self-contained page (no scripts, no network) with the totals, catalog
 * coverage, a verdict per behaviour and column with its evidence, and the state diagram drawn
 * from `table`. Everything that came from features or client output is escaped.
 */
export async function renderHtml(summary: Summary, table: readonly PhaseMove[], symptoms: SymptomIndexData | null = null): Promise<string> {
  const diagram = await renderStateDiagram(table);
  const { covered, inScope } = summary.coverage;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lync 2013 sign-in conformance</title>
<style>${reportCss}</style></head>
<body style="--columns:${summary.columns.length}">
<header>
<h1>Lync 2013 sign-in conformance</h1>
<p class="coverage" id="coverage" data-covered="${covered}" data-in-scope="${inScope}">Catalog coverage: <strong>${covered} of ${inScope}</strong> behaviours in scope have at least one scenario that ran.</p>
${totalsTable(summary)}
${symptoms ? '<nav class="parts"><a href="#catalog">For client teams: by catalog ID</a> · <a href="#by-symptom">For support staff: by symptom</a></nav>' : ''}
<p class="legend">${verdictOrder.map((v) => `<span class="verdict v-${v}">${verdictLabels[v]}</span>`).join('')}</p>
</header>
<main>
<div id="catalog">
${summary.sections.map((s) => section(summary, s.section.key, s.section.title, s.rows)).join('\n')}
${untracked(summary)}
</div>
${symptoms ? renderBySymptom(summary, symptoms) : ''}
<section id="diagram"><h2>States and moves of the reference client</h2>
<p>Drawn when this report was built, from the reference client's own phase table.</p>
${diagram}
</section>
</main>
</body></html>
`;
}

function totalsTable(summary: Summary): string {
  if (summary.columns.length === 0) return '<p class="note">No recorded runs were found.</p>';
  const rows = summary.columns.map((c, i) => {
    const verdicts = verdictOrder.map((v) => {
      const n = summary.sections.flatMap((s) => s.rows).filter((r) => r.cells[i]?.verdict === v).length;
      return `<span class="count" data-verdict-count="${v}">${verdictLabels[v]}: <b>${n}</b></span>`;
    });
    const counts = scenarioStatuses.map(
      (st) => `<span class="count" data-count="${st}">${statusLabels[st]}: <b>${c.totals[st]}</b></span>`,
    );
    return `<tr class="column-totals" data-column="${i}"><th>${columnTitle(c)}</th>
<td>${verdicts.join('')}</td>
<td><span class="count" data-count="total">scenarios: <b>${c.totals.total}</b></span>${counts.join('')}</td>
<td data-column-coverage="${c.coverage.covered}">${c.coverage.covered} of ${c.coverage.inScope}</td></tr>`;
  });
  return `<table class="totals"><thead><tr><th>Client and driver</th><th>Behaviours</th><th>Scenarios</th><th>Coverage</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function columnTitle(c: ColumnSummary): string {
  const extra = [c.client, c.profile !== null ? `profile ${c.profile}` : null, c.startedAt].filter((x): x is string => x !== null).map(e);
  return `${e(c.title)}${extra.length > 0 ? `<br><span class="where">${extra.join(' · ')}</span>` : ''}`;
}

function section(summary: Summary, key: string, title: string, rows: readonly BehaviourRow[]): string {
  const head = summary.columns.map((c) => `<span>${e(c.title)}</span>`).join('');
  return `<section class="catalog-section" id="section-${e(key)}" data-section="${e(key)}">
<h2>${e(title)}</h2>
<div class="grid-head"><span>ID</span><span>Behaviour</span>${head}</div>
${rows.map((r) => behaviour(summary, r)).join('\n')}
</section>`;
}

function behaviour(summary: Summary, row: BehaviourRow): string {
  const id = row.behaviour.id;
  const cells = row.cells
    .map((c, i) => `<span class="verdict v-${c.verdict}" data-column="${i}" data-verdict="${c.verdict}">${verdictLabels[c.verdict]}</span>`)
    .join('');
  const evidence = summary.columns.map((column, i) => {
    const keys = row.cells[i]?.scenarios ?? [];
    const scenarios = column.scenarios.filter((s) => keys.includes(s.key));
    const body =
      scenarios.length === 0
        ? `<p class="note">No scenario in this run is tagged @${e(id)}.</p>`
        : scenarios.map((s) => renderScenario(s, id)).join('\n');
    return `<h4>${e(column.title)}</h4>\n${body}`;
  });
  return `<details class="behaviour" id="behaviour-${e(id)}" data-behaviour="${e(id)}">
<summary class="row"><span class="id">${e(id)}</span><span class="title">${e(row.behaviour.title)}</span>${cells}</summary>
<div class="evidence">${evidence.join('\n')}</div>
</details>`;
}

function untracked(summary: Summary): string {
  const blocks = summary.columns.flatMap((column, i) => {
    const keys = summary.untracked[i] ?? [];
    const scenarios = column.scenarios.filter((s) => keys.includes(s.key));
    if (scenarios.length === 0) return [];
    return [`<h4>${e(column.title)}</h4>\n${scenarios.map((s) => renderScenario(s, 'untracked')).join('\n')}`];
  });
  if (blocks.length === 0) return '';
  return `<section id="untracked"><h2>Scenarios without an in-scope catalog ID</h2>\n${blocks.join('\n')}\n</section>`;
}
