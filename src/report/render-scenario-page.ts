import { escapeHtml as e } from './escape';
import { htmlPage } from './html-page';
import { pageNav } from './page-nav';
import { behaviourPath, causePath, hrefFrom, indexPath, scenarioPath } from './page-paths';
import type { ReportLinks } from './report-links';
import { renderScenarioBody } from './render-scenario-body';
import { renderSwimlane } from './render-swimlane';
import type { ColumnSummary, ScenarioSummary } from './summary';
import { statusLabels } from './verdict-labels';

/**
 * Where a ✖ of this scenario leads: the page of the first cause the scenario sets up, or, for a failure no documented
 * cause explains, the index's list of causes.
 */
export function failHrefOf(links: ReportLinks, s: ScenarioSummary, from: string): string {
  const cause = links.causesOf(s)[0];
  return cause ? hrefFrom(from, causePath(cause.id)) : hrefFrom(from, indexPath, 'causes');
}

/** A page per recorded scenario and column: its steps, first failure, timeline, swimlane, behaviours and causes. */
export function renderScenarioPage(links: ReportLinks, column: ColumnSummary, s: ScenarioSummary): string {
  const path = scenarioPath(s.key);
  const failHref = failHrefOf(links, s, path);
  const behaviours = s.catalogIds.map((id) => `<a href="${hrefFrom(path, behaviourPath(id))}">${e(id)}</a>`);
  const causes = links.causesOf(s).map((c) => `<li><a href="${hrefFrom(path, causePath(c.id))}">${e(c.title)}</a></li>`);
  const others = links
    .recorded(s)
    .filter((o) => o.key !== s.key)
    .map((o) => {
      const title = links.columnOf(o.key)?.title ?? '';
      return `<li><a href="${hrefFrom(path, scenarioPath(o.key))}">${e(title)}</a>: <span class="status st-${o.status}">${e(statusLabels[o.status])}</span></li>`;
    });
  const body = `${pageNav(path, [{ label: column.title, anchor: 'columns' }])}
<main class="page scenario-page st-${s.status}" data-scenario="${s.key}" data-status="${s.status}">
<h1><span class="status">${e(statusLabels[s.status])}</span> ${e(s.name)}</h1>
<p class="where">${e(s.feature)} · ${e(s.uri)}:${s.line} · ${e(column.title)}</p>
<dl class="facts"><dt>Behaviours</dt><dd>${behaviours.length > 0 ? behaviours.join(' ') : 'none in the catalog'}</dd>
<dt>Causes it sets up</dt><dd>${causes.length > 0 ? `<ul>${causes.join('')}</ul>` : 'none of the documented causes'}</dd>${
    others.length > 0 ? `\n<dt>In other columns</dt><dd><ul>${others.join('')}</ul></dd>` : ''
  }</dl>
${renderScenarioBody(s, { toReports: `${hrefFrom(path, '.')}/`, failHref })}
${s.timelineEntries ? `<h2>Swimlane</h2><div class="swim">${renderSwimlane(s.timelineEntries, s.name, failHref)}</div>` : ''}
</main>`;
  return htmlPage(`${s.name} (${column.title})`, body);
}
