import { describeScope, scopes, type CauseLink, type IndexedCause } from '../symptoms/symptom-types';
import { escapeHtml as e } from './escape';
import { causePath } from './page-paths';
import { placeOf } from './place-words';
import type { ReportLinks } from './report-links';

const causeLink = (c: IndexedCause) => `<a href="${causePath(c.id)}" data-cause="${e(c.id)}">${e(c.title)}</a>`;

function matrix(causes: readonly IndexedCause[]): string {
  const head = scopes.map((s) => `<th>${e(describeScope(s))}</th>`).join('');
  const rows = causes.map((c) => {
    const cells = scopes
      .map((s) => (c.affected.some((a) => a.users === s.users && a.computers === s.computers) ? '<td class="hit">●</td>' : '<td></td>'))
      .join('');
    return `<tr data-cause="${e(c.id)}"><th>${causeLink(c)}</th><td>${e(placeOf(c.place))}</td>${cells}</tr>`;
  });
  return `<table class="matrix" id="who-is-affected"><caption>Who is affected points to where the fault lives (Microsoft's scoping table, MU-08 and MU-09)</caption>
<thead><tr><th>Cause</th><th>Lives in</th>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

/**
 * The index's part for support staff: the causes with who each affects (each a link to its page), and each message
 * Lync shows (and each symptom without one) with links to its causes. Its size follows the symptom index only.
 */
export function renderBySymptom(links: ReportLinks): string {
  const index = links.symptoms;
  if (!index) return '<section id="causes"><h2>Causes</h2><p class="note">This report was built without the symptom index.</p></section>';
  const byId = new Map(index.causes.map((c) => [c.id, c]));
  const causesOf = (l: readonly CauseLink[]) =>
    l.flatMap((x) => {
      const c = byId.get(x.cause);
      return c ? [`<li>${causeLink(c)}</li>`] : [];
    });
  const messages = index.messages
    .filter((m) => m.kind !== 'title')
    .map(
      (m, i) => `<div class="symptom" id="symptom-${i}" data-kind="${m.kind}">
<p><span class="kind k-${m.kind}">${e(m.kind)}</span> <q>${e(m.text)}</q></p>
${m.causes.length === 0 ? '<p class="note">No cause: Lync shows this in normal use.</p>' : `<ul class="causes">${causesOf(m.causes).join('')}</ul>`}
</div>`,
    );
  const silent = index.silent.map(
    (s) => `<div class="symptom" id="symptom-${e(s.id)}" data-kind="silent">
<p><span class="kind k-silent">no message</span> ${e(s.text)}</p>
<ul class="causes">${causesOf(s.causes).join('')}</ul></div>`,
  );
  return `<section id="causes"><h2>Causes</h2>
<p>Each documented cause has a page: the symptom, who is affected, how to confirm, the fix, the sources, the reproduction and its swimlane.</p>
${matrix(index.causes)}
</section>
<section id="by-symptom"><h2>By symptom</h2>
<p>For support staff: find what the customer sees, then follow its causes. <code>npm run diagnose -- "&lt;part of the message&gt;" --users one --computers several</code> ranks them from the command line.</p>
<h3>Messages</h3>
${messages.join('\n')}
<h3>Without a message</h3>
${silent.join('\n')}
</section>`;
}
