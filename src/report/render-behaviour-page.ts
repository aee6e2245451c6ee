import { escapeHtml as e } from './escape';
import { htmlPage } from './html-page';
import { pageNav } from './page-nav';
import { behaviourPath, causePath, hrefFrom, scenarioPath } from './page-paths';
import type { ReportLinks } from './report-links';
import { failHrefOf } from './render-scenario-page';
import type { BehaviourRow, ScenarioSummary } from './summary';
import { statusLabels, verdictLabels } from './verdict-labels';

const firstLine = (text: string) => {
  const line = text.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

function scenarioItem(links: ReportLinks, s: ScenarioSummary, from: string): string {
  const failure =
    s.firstFailure === null
      ? ''
      : `<div class="first-failure"><a class="cause-link" href="${failHrefOf(links, s, from)}">✖</a> ${e(s.firstFailure.step)}: ${e(firstLine(s.firstFailure.message))}</div>`;
  const causes = links.causesOf(s).map((c) => `<a href="${hrefFrom(from, causePath(c.id))}">${e(c.title)}</a>`);
  return `<li class="st-${s.status}" data-scenario="${s.key}"><span class="status">${e(statusLabels[s.status])}</span><a href="${hrefFrom(from, scenarioPath(s.key))}">${e(s.name)}</a> <span class="where">${e(s.uri)}:${s.line}</span>${
    s.knownDeviation === null ? '' : `<p class="note">Known deviation: ${e(s.knownDeviation)}</p>`
  }${causes.length > 0 ? `<p class="where">Causes: ${causes.join('; ')}</p>` : ''}${failure}</li>`;
}

/** A page per catalog behaviour: its verdict in each column and the scenarios behind it, each linked to its page. */
export function renderBehaviourPage(links: ReportLinks, sectionTitle: string, row: BehaviourRow): string {
  const { id, title } = row.behaviour;
  const path = behaviourPath(id);
  const columns = links.summary.columns.map((column, i) => {
    const cell = row.cells[i];
    const keys = new Set(cell?.scenarios ?? []);
    const scenarios = column.scenarios.filter((s) => keys.has(s.key));
    const verdict = cell?.verdict ?? 'not-covered';
    return `<section class="column" data-column="${i}"><h2>${e(column.title)} <span class="verdict v-${verdict}" data-verdict="${verdict}">${verdictLabels[verdict]}</span></h2>
${scenarios.length === 0 ? `<p class="note">No scenario in this run is tagged @${e(id)}.</p>` : `<ul class="scenario-list">${scenarios.map((s) => scenarioItem(links, s, path)).join('\n')}</ul>`}
</section>`;
  });
  const body = `${pageNav(path, [{ label: sectionTitle, anchor: `section-${row.behaviour.section}` }])}
<main class="page behaviour-page" data-behaviour="${e(id)}">
<h1><span class="id">${e(id)}</span> ${e(title)}</h1>
${columns.join('\n')}
</main>`;
  return htmlPage(`${id} ${title}`, body);
}
