import { describeScope, type IndexedCause, type ScenarioRef } from '../symptoms/symptom-types';
import { escapeHtml as e } from './escape';
import { htmlPage } from './html-page';
import { pageNav } from './page-nav';
import { behaviourPath, causePath, hrefFrom, scenarioPath } from './page-paths';
import { placeOf } from './place-words';
import type { ReportLinks } from './report-links';
import { renderSwimlane } from './render-swimlane';
import { statusLabels } from './verdict-labels';

/** The fields this page lays out itself; any other field a cause gains is shown under "More" as it is. */
const laidOut = new Set([
  'id',
  'title',
  'fault',
  'place',
  'affected',
  'confirm',
  'fix',
  'catalog',
  'sources',
  'reproducedBy',
  'fixedBy',
  'evidence',
  'reproduction',
]);

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function more(c: IndexedCause): string {
  const rows = Object.entries(c)
    .filter(([k]) => !laidOut.has(k))
    .flatMap(([k, v]) => {
      if (typeof v === 'string' || typeof v === 'number') return [`<dt>${e(words(k))}</dt><dd>${e(String(v))}</dd>`];
      if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
        return [`<dt>${e(words(k))}</dt><dd><ul>${(v as string[]).map((x) => `<li>${e(x)}</li>`).join('')}</ul></dd>`];
      return [];
    });
  return rows.length === 0 ? '' : `<h2 id="more">More</h2><dl class="facts">${rows.join('\n')}</dl>`;
}

function symptoms(links: ReportLinks, c: IndexedCause): string {
  const index = links.symptoms;
  if (!index) return '';
  const shown = index.messages
    .filter((m) => m.kind !== 'title' && m.causes.some((l) => l.cause === c.id))
    .map((m) => `<li><span class="kind k-${m.kind}">${e(m.kind)}</span> <q>${e(m.text)}</q></li>`);
  const silent = index.silent
    .filter((s) => s.causes.some((l) => l.cause === c.id))
    .map((s) => `<li><span class="kind k-silent">no message</span> ${e(s.text)}</li>`);
  const all = [...shown, ...silent];
  return all.length === 0
    ? '<p class="note">No symptom names this cause (a way to gather evidence).</p>'
    : `<ul class="symptoms">${all.join('\n')}</ul>`;
}

function scenarioRow(links: ReportLinks, from: string, s: ScenarioRef, role: string): string {
  const runs = links.recorded(s);
  const statuses =
    runs.length === 0
      ? '<span class="status">not in this run</span>'
      : runs
          .map(
            (r) =>
              `<a class="status st-${r.status}" href="${hrefFrom(from, scenarioPath(r.key))}" title="${e(links.columnOf(r.key)?.title ?? '')}">${e(statusLabels[r.status])}</a>`,
          )
          .join(' ');
  return `<li>${statuses} ${e(s.name)} <span class="where">${e(role)} · ${e(s.uri)}:${s.line}</span></li>`;
}

function swimlane(links: ReportLinks, from: string, c: IndexedCause): string {
  const shown = c.reproduction?.scenario ?? c.reproducedBy[0];
  if (!shown) return '<p class="note">No scenario reproduces this cause.</p>';
  const run = links.recorded(shown).find((r) => r.timelineEntries !== null);
  if (!run?.timelineEntries) return `<p class="note">${e(shown.name)} is not in the recorded runs, or recorded no timeline.</p>`;
  return `<p>${e(shown.name)}, as <a href="${hrefFrom(from, scenarioPath(run.key))}">${e(links.columnOf(run.key)?.title ?? '')}</a> ran it.</p>
<div class="swim">${renderSwimlane(run.timelineEntries, run.name, hrefFrom(from, from))}</div>`;
}

/**
 * A page per documented cause, the way a support site has a page per error: the symptom, who is affected, how to
 * confirm, the fix, the sources, the reproduction as Gherkin, and the swimlane of a recorded run of it.
 */
export function renderCausePage(links: ReportLinks, c: IndexedCause): string {
  const path = causePath(c.id);
  const inCatalog = new Set(links.summary.sections.flatMap((s) => s.rows.map((r) => r.behaviour.id)));
  const catalog = c.catalog.map((id) => (inCatalog.has(id) ? `<a href="${hrefFrom(path, behaviourPath(id))}">${e(id)}</a>` : e(id)));
  const fixing = new Set(c.fixedBy.map((s) => `${s.uri}:${s.line}`));
  const scenarios = [
    ...c.reproducedBy.map((s) => scenarioRow(links, path, s, fixing.has(`${s.uri}:${s.line}`) ? 'shows it, then fixes it' : 'shows it')),
    ...c.fixedBy
      .filter((s) => !c.reproducedBy.some((r) => r.uri === s.uri && r.line === s.line))
      .map((s) => scenarioRow(links, path, s, 'fixes it')),
  ];
  const sources = c.sources.map((s) => `<li>${e(s.id)} ${s.url ? `<a href="${e(s.url)}">${e(s.title)}</a>` : e(s.title)}</li>`);
  const body = `${pageNav(path, [{ label: 'Causes', anchor: 'causes' }])}
<main class="page cause-page" data-cause="${e(c.id)}">
<h1>${e(c.title)}</h1>
<h2 id="symptom">Symptom</h2>
${symptoms(links, c)}
<h2 id="who">Who is affected</h2>
<p>${c.affected.map((a) => e(describeScope(a))).join(' or ')}. The fault lives in ${e(placeOf(c.place))}${c.fault ? ` <span class="where">fault switch ${e(c.fault)}</span>` : ''}.</p>
<h2 id="confirm">How to confirm</h2>
<p>${e(c.confirm)}</p>
<h2 id="fix">Fix</h2>
<p>${c.evidence ? 'Nothing to fix: this is a way to gather evidence. ' : ''}${e(c.fix)}</p>
<h2 id="sources">Sources</h2>
<ul>${sources.join('')}</ul>
${catalog.length > 0 ? `<p>Catalog behaviours: ${catalog.join(' ')}</p>` : ''}
<h2 id="reproduction">Reproduction</h2>
${c.reproduction ? `<pre class="reproduction">${e(c.reproduction.gherkin.join('\n'))}</pre>` : '<p class="note">No scenario reproduces this cause yet.</p>'}
<h2 id="swimlane">Swimlane</h2>
${swimlane(links, path, c)}
<h2 id="scenarios">Scenarios</h2>
${scenarios.length > 0 ? `<ul class="scenario-links">${scenarios.join('\n')}</ul>` : '<p class="note">None.</p>'}
${more(c)}
</main>`;
  return htmlPage(c.title, body);
}
