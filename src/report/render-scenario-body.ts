import { escapeHtml as e, safeRelativeHref } from './escape';
import type { ScenarioSummary, StepSummary } from './summary';

const marks: Readonly<Record<StepSummary['status'], string>> = {
  passed: '✔',
  failed: '✖',
  undefined: '?',
  pending: '…',
  ambiguous: '⁇',
  skipped: '–',
  unknown: '?',
};

export interface ScenarioBodyLinks {
  /** The href of the reports folder from the page (`../../`), for screenshots, whose paths are relative to it. */
  readonly toReports: string;
  /** Where a ✖ (a failed step) leads: the page of the cause behind the failure, or the list of causes. */
  readonly failHref: string;
}

/** One scenario's evidence: tags, notes, first failure, steps (each ✖ a link to its cause), timeline, screenshots. */
export function renderScenarioBody(s: ScenarioSummary, links: ScenarioBodyLinks): string {
  return `<p class="tags">${s.tags.map(e).join(' ')}</p>
${notes(s)}${firstFailure(s)}<ol class="steps">${s.steps.map((st) => step(st, links.failHref)).join('')}</ol>
${timeline(s)}${screenshots(s, links.toReports)}${attachments(s)}`;
}

function notes(s: ScenarioSummary): string {
  const lines: string[] = [];
  if (s.notApplicableReason !== null) lines.push(`Not applicable to this client: ${e(s.notApplicableReason)}`);
  if (s.knownDeviation !== null) {
    const prefix = s.status === 'passed' ? 'Listed as a known deviation, but it passed' : 'Known deviation';
    lines.push(`${prefix}: ${e(s.knownDeviation)}`);
  }
  if (s.assumptions.length > 0) {
    const named = s.assumptions.filter((a) => a !== '');
    lines.push(`Relies on an assumption${named.length > 0 ? `: ${named.map(e).join(', ')}` : ''}`);
  }
  return lines.map((l) => `<p class="note">${l}</p>\n`).join('');
}

function firstFailure(s: ScenarioSummary): string {
  if (s.firstFailure === null) return '';
  return `<div class="first-failure"><strong>First failing step:</strong> ${e(s.firstFailure.step)}<pre class="error">${e(s.firstFailure.message)}</pre></div>\n`;
}

function step(st: StepSummary, failHref: string): string {
  const error = st.error !== null && st.status !== 'passed' ? `<pre class="error">${e(st.error)}</pre>` : '';
  return `<li class="st-${st.status}" data-step-status="${st.status}">${mark(st, failHref)} <span class="text">${e(st.text)}</span> <span class="where">${st.status}</span>${error}</li>`;
}

function mark(st: StepSummary, failHref: string): string {
  const span = `<span class="mark" title="${st.status}">${marks[st.status]}</span>`;
  return st.status === 'failed' ? `<a class="cause-link" href="${e(failHref)}">${span}</a>` : span;
}

function timeline(s: ScenarioSummary): string {
  if (s.timeline === null) return '<p class="note">No timeline was attached.</p>\n';
  return `<h5>Timeline</h5><pre class="timeline" data-timeline="${s.key}">${e(s.timeline)}</pre>\n`;
}

function screenshots(s: ScenarioSummary, toReports: string): string {
  if (s.screenshots.length === 0) return '';
  const items = s.screenshots.map((path) => {
    const relative = safeRelativeHref(path);
    if (relative === null) return `<p class="note">Screenshot not linked (not a path under reports/): ${e(path)}</p>`;
    const href = `${toReports}${relative}`;
    return `<a href="${e(href)}"><img src="${e(href)}" alt="Screenshot ${e(path)}" loading="lazy"></a>`;
  });
  return `<h5>Screenshots</h5><div class="screenshots">${items.join('')}</div>\n`;
}

function attachments(s: ScenarioSummary): string {
  return s.attachments
    .map((a) =>
      a.text === null
        ? `<p class="note">Attachment ${e(a.name)} (${e(a.mediaType)}) is in the Cucumber report.</p>`
        : `<details class="attachment"><summary>${e(a.name)} (${e(a.mediaType)})</summary><pre>${e(a.text)}</pre></details>`,
    )
    .join('\n');
}
