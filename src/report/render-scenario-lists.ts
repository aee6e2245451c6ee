import { escapeHtml as e } from './escape';
import { htmlPage } from './html-page';
import { pageNav } from './page-nav';
import { hrefFrom, listPath, scenarioPath, type ListKind } from './page-paths';
import type { ReportPage } from './report-page';
import type { ColumnSummary, ScenarioSummary } from './summary';
import { statusLabels } from './verdict-labels';

/** Scenarios per list page: a page stays small whatever the size of the suite. */
export const perListPage = 100;

export const listKinds: Readonly<Record<ListKind, { readonly title: string; readonly keep: (s: ScenarioSummary) => boolean }>> = {
  all: { title: 'All scenarios', keep: () => true },
  'not-passed': { title: 'Scenarios that did not pass', keep: (s) => s.status !== 'passed' && s.status !== 'not-applicable' },
};

export const listPageCount = (n: number): number => Math.max(1, Math.ceil(n / perListPage));

function pager(from: string, column: number, kind: ListKind, page: number, pages: number): string {
  const link = (n: number, label: string) => `<a href="${hrefFrom(from, listPath(column, kind, n))}">${label}</a>`;
  const numbers = Array.from({ length: pages }, (_, i) => (i + 1 === page ? `<b>${i + 1}</b>` : link(i + 1, String(i + 1))));
  return `<nav class="pager">${page > 1 ? link(page - 1, '‹ previous') : ''} ${numbers.join(' ')} ${page < pages ? link(page + 1, 'next ›') : ''}</nav>`;
}

/** A column's scenarios of one kind, {@link perListPage} to a page, each page linking to the others. */
export function renderScenarioLists(column: ColumnSummary, index: number, kind: ListKind): ReportPage[] {
  const { title, keep } = listKinds[kind];
  const scenarios = column.scenarios.filter(keep);
  const pages = listPageCount(scenarios.length);
  return Array.from({ length: pages }, (_, i) => {
    const path = listPath(index, kind, i + 1);
    const items = scenarios
      .slice(i * perListPage, (i + 1) * perListPage)
      .map(
        (s) =>
          `<li class="st-${s.status}" data-scenario="${s.key}"><span class="status">${e(statusLabels[s.status])}</span><a href="${hrefFrom(path, scenarioPath(s.key))}">${e(s.name)}</a> <span class="where">${e(s.uri)}:${s.line}</span></li>`,
      );
    const body = `${pageNav(path, [{ label: column.title, anchor: 'columns' }])}
<main class="page list-page">
<h1>${e(title)}: ${e(column.title)}</h1>
<p>${scenarios.length} scenarios; page ${i + 1} of ${pages}.</p>
${pager(path, index, kind, i + 1, pages)}
${items.length > 0 ? `<ul class="scenario-list">${items.join('\n')}</ul>` : '<p class="note">None.</p>'}
${pager(path, index, kind, i + 1, pages)}
</main>`;
    return { path, html: htmlPage(`${title}: ${column.title} (${i + 1} of ${pages})`, body) };
  });
}
