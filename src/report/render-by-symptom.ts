import {
  describeScope,
  scopes,
  type CauseLink,
  type IndexedCause,
  type Reproduction,
  type ScenarioRef,
  type SymptomIndexData,
} from '../symptoms/symptom-types';
import { escapeHtml as e } from './escape';
import { renderSwimlane } from './render-swimlane';
import type { ScenarioSummary, Summary } from './summary';
import { statusLabels } from './verdict-labels';

const anchor = (s: ScenarioRef) => `swim-${s.uri.replace(/[^a-z0-9]+/gi, '-')}-${s.line}`;
const placeWords: Readonly<Record<string, string>> = {
  computer: 'the computer',
  'local cache': "the user's sign-in info cached on the computer",
  'client setting': 'a Lync setting',
  account: "the user's account",
  tenant: 'the tenant: Lync Online and its identity provider',
  DNS: "the domain's DNS",
  network: 'the network',
};

/** The recorded run of a scenario the index names, from the first column that ran it. */
function recorded(summary: Summary, s: ScenarioRef): ScenarioSummary | undefined {
  for (const c of summary.columns) {
    const found = c.scenarios.find((x) => x.uri === s.uri && x.line === s.line);
    if (found) return found;
  }
  return undefined;
}

function scenarioLink(summary: Summary, s: ScenarioRef): string {
  const r = recorded(summary, s);
  const status = r
    ? `<span class="status st-${r.status}">${e(statusLabels[r.status])}</span>`
    : '<span class="status">not in this run</span>';
  return `<li>${status}<a href="#${anchor(s)}">${e(s.name)}</a> <span class="where">${e(s.uri)}:${s.line}</span></li>`;
}

function cause(summary: Summary, c: IndexedCause, shownIn: readonly ScenarioRef[], shown: Reproduction | null): string {
  const steps = shown ?? c.reproduction;
  const scenarios = shownIn.length > 0 ? shownIn : c.reproducedBy;
  const fixed = c.fixedBy.filter((f) => !scenarios.some((s) => s.uri === f.uri && s.line === f.line));
  return `<div class="cause" data-cause="${e(c.id)}">
<h5>${e(c.title)}</h5>
<dl><dt>Lives in</dt><dd>${e(placeWords[c.place] ?? c.place)}${c.fault ? ` <span class="where">fault switch ${e(c.fault)}</span>` : ''}</dd>
<dt>Who is affected</dt><dd>${c.affected.map((a) => e(describeScope(a))).join(' or ')}</dd>
<dt>Confirm</dt><dd>${e(c.confirm)}</dd>
<dt>Fix</dt><dd>${e(c.fix)}</dd>
<dt>Says so</dt><dd>${c.sources.map((x) => e(`${x.id} ${x.title}`)).join('; ')}</dd>
<dt>Scenarios</dt><dd><ul class="scenario-links">${[...scenarios, ...fixed].map((s) => scenarioLink(summary, s)).join('')}</ul></dd>${
    steps ? `\n<dt>Reproduce</dt><dd><pre class="reproduction">${e(steps.gherkin.join('\n'))}</pre></dd>` : ''
  }</dl>
</div>`;
}

function matrix(index: SymptomIndexData): string {
  const head = scopes.map((s) => `<th>${e(describeScope(s))}</th>`).join('');
  const rows = index.causes.map((c) => {
    const cells = scopes
      .map((s) => (c.affected.some((a) => a.users === s.users && a.computers === s.computers) ? '<td class="hit">●</td>' : '<td></td>'))
      .join('');
    return `<tr data-cause="${e(c.id)}"><th>${e(c.title)}</th><td>${e(placeWords[c.place] ?? c.place)}</td>${cells}</tr>`;
  });
  return `<table class="matrix" id="who-is-affected"><caption>Who is affected points to where the fault lives (Microsoft's scoping table, MU-08 and MU-09)</caption>
<thead><tr><th>Cause</th><th>Lives in</th>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function scenarios(summary: Summary, index: SymptomIndexData): string {
  const all = new Map<string, ScenarioRef>();
  for (const c of index.causes) for (const s of [...c.reproducedBy, ...c.fixedBy]) all.set(anchor(s), s);
  return [...all.values()]
    .map((s) => {
      const r = recorded(summary, s);
      const body = !r
        ? '<p class="note">This scenario is not in the recorded runs.</p>'
        : `${r.timelineEntries ? renderSwimlane(r.timelineEntries, r.name) : '<p class="note">No timeline data was recorded.</p>'}
<details class="timeline-text"><summary>Timeline as text</summary><pre class="timeline">${e(r.timeline ?? '')}</pre></details>`;
      return `<details class="scenario swim st-${r?.status ?? 'unknown'}" id="${anchor(s)}" data-status="${r?.status ?? 'missing'}">
<summary><span class="status">${e(r ? statusLabels[r.status] : 'not run')}</span><span class="name">${e(s.name)}</span><span class="where">${e(s.uri)}:${s.line}</span></summary>
<div class="scenario-body">${body}</div></details>`;
    })
    .join('\n');
}

/**
 * "By symptom", for support staff: each message Lync shows (and each symptom without one) → its causes → who is
 * affected → how to confirm → the fix → the scenarios, each with its swimlane and timeline; and the who-is-affected
 * matrix. Built from the symptom index data and the recorded runs only.
 */
export function renderBySymptom(summary: Summary, index: SymptomIndexData): string {
  const byId = new Map(index.causes.map((c) => [c.id, c]));
  const causesOf = (links: readonly CauseLink[]) =>
    links.flatMap((l) => {
      const c = byId.get(l.cause);
      return c ? [cause(summary, c, l.scenarios, l.reproduction)] : [];
    });
  const messages = index.messages
    .filter((m) => m.kind !== 'title')
    .map(
      (m, i) => `<details class="symptom" id="symptom-${i}" data-kind="${m.kind}">
<summary><span class="kind k-${m.kind}">${e(m.kind)}</span> <q>${e(m.text)}</q></summary>
<div class="symptom-body">
<p class="sources">Source: ${m.sources.map((s) => `<span class="source">${e(s.id)} ${s.url ? `<a href="${e(s.url)}">${e(s.title)}</a>` : e(s.title)}</span>`).join('; ')}</p>
${m.wordings.length > 0 ? `<ul class="wordings">${m.wordings.map((w) => `<li>${e(w.source)}${w.note ? ` (${e(w.note)})` : ''} words it: <q>${e(w.text)}</q></li>`).join('')}</ul>` : ''}
${m.causes.length === 0 ? '<p class="note">No cause: Lync shows this in normal use.</p>' : causesOf(m.causes).join('\n')}
</div></details>`,
    );
  const silent = index.silent.map(
    (s) => `<details class="symptom" id="symptom-${e(s.id)}" data-kind="silent">
<summary><span class="kind k-silent">no message</span> ${e(s.text)}</summary>
<div class="symptom-body">${causesOf(s.causes).join('\n')}</div></details>`,
  );
  return `<section id="by-symptom"><h2>By symptom</h2>
<p>For support staff: find what the customer sees, then its documented causes, who each one affects, how to confirm it, the fix, and the scenarios that reproduce it. <code>npm run diagnose -- "&lt;part of the message&gt;" --users one --computers several</code> ranks them from the command line.</p>
${matrix(index)}
<h3>Messages</h3>
${messages.join('\n')}
<h3>Without a message</h3>
${silent.join('\n')}
<h3>The scenarios, as swimlanes</h3>
<p>Each party has a lane, virtual time goes down, and the failing exchange is red and marked ✖.</p>
${scenarios(summary, index)}
</section>`;
}
