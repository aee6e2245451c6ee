import { escapeHtml as e } from './escape';
import { htmlPage } from './html-page';
import { behaviourPath, diagramPath, indexPath, listPath, scenarioPath } from './page-paths';
import type { ReportLinks } from './report-links';
import { renderBySymptom } from './render-by-symptom';
import { listKinds, listPageCount } from './render-scenario-lists';
import { failHrefOf } from './render-scenario-page';
import { scenarioStatuses, type BehaviourRow, type ColumnSummary, type ScenarioSummary, type Summary } from './summary';
import { statusLabels, verdictLabels, verdictOrder } from './verdict-labels';

/** Scenarios the index names itself per column and list; the rest are a link away, so the index stays small. */
export const shownOnIndex = 20;

/**
 * conformance.html, the report's index: totals, catalog coverage, a verdict per behaviour and column (each row a link
 * to the behaviour's page), the first scenarios that did not pass, the causes and the messages. Its size depends on
 * the catalog and the symptom index, not on how many scenarios ran: scenarios are listed on pages of their own.
 */
export function renderIndex(links: ReportLinks): string {
  const { summary, symptoms } = links;
  const { covered, inScope } = summary.coverage;
  const body = `<header>
<h1>Lync 2013 sign-in conformance</h1>
<p class="coverage" id="coverage" data-covered="${covered}" data-in-scope="${inScope}">Catalog coverage: <strong>${covered} of ${inScope}</strong> behaviours in scope have at least one scenario that ran.</p>
${totalsTable(summary)}
<nav class="parts"><a href="#catalog">For client teams: by catalog ID</a>${symptoms ? ' · <a href="#by-symptom">For support staff: by symptom</a>' : ''} · <a href="#causes">Causes</a> · <a href="#columns">Scenarios</a> · <a href="${diagramPath}">State diagram</a></nav>
<p class="legend">${verdictOrder.map((v) => `<span class="verdict v-${v}">${verdictLabels[v]}</span>`).join('')}</p>
</header>
<main>
<div id="catalog">
${summary.sections.map((s) => section(summary, s.section.key, s.section.title, s.rows)).join('\n')}
</div>
${columnsPart(links)}
${renderBySymptom(links)}
</main>`;
  return htmlPage('Lync 2013 sign-in conformance', body, ` style="--columns:${summary.columns.length}"`);
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
<td><a class="count" data-count="total" href="${listPath(i, 'all', 1)}">scenarios: <b>${c.totals.total}</b></a>${counts.join('')}</td>
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
${rows.map(behaviour).join('\n')}
</section>`;
}

function behaviour(row: BehaviourRow): string {
  const id = row.behaviour.id;
  const cells = row.cells
    .map((c, i) => `<span class="verdict v-${c.verdict}" data-column="${i}" data-verdict="${c.verdict}">${verdictLabels[c.verdict]}</span>`)
    .join('');
  return `<a class="row behaviour" id="behaviour-${e(id)}" data-behaviour="${e(id)}" href="${behaviourPath(id)}"><span class="id">${e(id)}</span><span class="title">${e(row.behaviour.title)}</span>${cells}</a>`;
}

function scenarioLine(links: ReportLinks, s: ScenarioSummary): string {
  const mark = s.firstFailure === null ? '' : `<a class="cause-link" href="${failHrefOf(links, s, indexPath)}">✖</a> `;
  return `<li class="st-${s.status}" data-scenario="${s.key}">${mark}<span class="status">${e(statusLabels[s.status])}</span><a href="${scenarioPath(s.key)}">${e(s.name)}</a> <span class="where">${e(s.uri)}:${s.line}</span></li>`;
}

/** Per column: the first scenarios that did not pass and those with no catalog ID, and the paged lists of all. */
function columnsPart(links: ReportLinks): string {
  const { summary } = links;
  const blocks = summary.columns.map((column, i) => {
    const notPassed = column.scenarios.filter(listKinds['not-passed'].keep);
    const untrackedKeys = new Set(summary.untracked[i] ?? []);
    const untracked = column.scenarios.filter((s) => untrackedKeys.has(s.key));
    const lists = (['not-passed', 'all'] as const).map((kind) => {
      const n = kind === 'all' ? column.scenarios.length : notPassed.length;
      const pages = listPageCount(n);
      return `<a href="${listPath(i, kind, 1)}" data-list="${kind}">${e(listKinds[kind].title)} (${n}, ${pages} page${pages === 1 ? '' : 's'})</a>`;
    });
    const first = (list: readonly ScenarioSummary[], what: string) =>
      list.length === 0
        ? ''
        : `<h4>${e(what)}: ${list.length}</h4><ul class="scenario-list">${list
            .slice(0, shownOnIndex)
            .map((s) => scenarioLine(links, s))
            .join(
              '\n',
            )}</ul>${list.length > shownOnIndex ? `<p class="where">and ${list.length - shownOnIndex} more in the lists.</p>` : ''}`;
    return `<section class="column" data-column="${i}"><h3>${e(column.title)}</h3>
<p class="lists">${lists.join(' · ')}</p>
${first(notPassed, 'Did not pass')}
${first(untracked, 'Without an in-scope catalog ID')}
</section>`;
  });
  return `<section id="columns"><h2>Scenarios</h2>\n${blocks.join('\n')}\n</section>`;
}
