import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { catalog } from '../catalog/behaviours';
import { phaseTable } from '../simulator/phase-table';
import type { IndexedCause, SymptomIndexData } from '../symptoms/symptom-types';
import { buildReports } from './build-reports';
import { behaviourPath, causePath, scenarioPath } from './page-paths';
import { reportPages } from './report-pages';
import { summarize } from './summarize';
import type { Summary } from './summary';
import { projectSymptomIndex } from '../../test-support/project-symptoms';
import { brokenReportLinks, reportPageCounts } from '../../test-support/report-links';
import { syntheticEnvelopes } from '../../test-support/synthetic-messages';
import { recordTinyRun } from '../../test-support/tiny-cucumber-run';

let dir = '';
const symptoms = projectSymptomIndex();
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-pages-'));
  recordTinyRun(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A ✖ that is not the text of a link to a cause (or to the list of causes). */
const unlinkedMarks = (html: string) => html.replace(/<a class="cause-link"[^>]*>.*?<\/a>/gs, '').split('✖').length - 1;

test('every href and src of every page points to a file that exists, and nothing but a source article leaves the disk', async () => {
  const summary = await buildReports(dir, { symptoms });
  expect(brokenReportLinks(dir)).to.deep.equal([]);
  const counts = reportPageCounts(dir);
  expect(counts.behaviour).to.equal(catalog.behaviours.length);
  expect(counts.cause).to.equal(symptoms.causes.length);
  expect(counts.scenario).to.equal(summary.columns.reduce((n, c) => n + c.scenarios.length, 0));
});

/** A failing run of the scenario that reproduces `cause`, with a failing exchange in its timeline. */
function failingRunOf(cause: IndexedCause): Summary {
  const shown = cause.reproduction?.scenario ?? cause.reproducedBy[0];
  const entries = [
    { at: 0, text: '▶ When alice signs in' },
    { at: 5, text: 'Lync on PC1 asks Lync Online', lane: 'Lync on PC1', to: 'Lync Online', failing: true },
  ];
  const summary = summarize(
    [
      {
        column: 'Reference client, in-process',
        envelopes: syntheticEnvelopes([
          {
            name: shown?.name ?? '',
            tags: ['@FS-01', '@section:first-sign-in'],
            steps: [{ text: 'alice signs in', status: 'FAILED', error: 'no answer' }],
            attachments: [{ mediaType: 'application/json', fileName: 'timeline.json', body: JSON.stringify(entries) }],
          },
        ]),
      },
    ],
    catalog,
  );
  const at = (s: Summary['columns'][number]['scenarios'][number]) => ({ ...s, uri: shown?.uri ?? '', line: shown?.line ?? 0 });
  return { ...summary, columns: summary.columns.map((c) => ({ ...c, scenarios: c.scenarios.map(at) })) };
}

test("each ✖ of a scenario that sets a cause up leads to that cause's page, which shows the reproduction and its swimlane", async () => {
  const cause = symptoms.causes.find((c) => !c.evidence && c.reproduction !== null && c.fault !== null);
  if (!cause) throw new Error('the symptom index has no cause with a reproduction');
  const pages = new Map((await reportPages(failingRunOf(cause), phaseTable, symptoms)).map((p) => [p.path, p.html]));
  const scenario = pages.get(scenarioPath('c0-s0')) ?? '';
  const href = `../cause/${causePath(cause.id).split('/').pop() ?? ''}`;
  const marks = [...scenario.matchAll(/<a class="cause-link" href="([^"]*)">/g)].map((m) => m[1]);
  // The failed step, and the failing exchange: its arrow and its label.
  expect(marks).to.deep.equal([href, href, href]);
  const page = pages.get(causePath(cause.id)) ?? '';
  for (const part of ['Symptom', 'Who is affected', 'How to confirm', 'Fix', 'Sources', 'Reproduction', 'Swimlane'])
    expect(page, part).to.include(`>${part}</h2>`);
  expect(page).to.include(cause.reproduction?.gherkin[0]?.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  expect(page).to.match(/<svg class="swimlane"[^]*<a class="cause-link"[^]*✖/);
  expect(page).to.include(`href="${scenarioPath('c0-s0').replace('conformance/', '../')}"`);
  expect(pages.get(behaviourPath('FS-01'))).to.include(`<a class="cause-link" href="${href}">✖</a>`);
  for (const [path, html] of pages) expect(unlinkedMarks(html), `a ✖ on ${path} that links to no cause`).to.equal(0);
});

test('a page per cause of the index, whatever causes and fields it holds', async () => {
  const extra = { ...symptoms.causes[0], id: 'added-later', title: 'A cause added later', escalation: 'Open a case with the tenant' };
  const index: SymptomIndexData = { ...symptoms, causes: [...symptoms.causes, extra as IndexedCause] };
  const pages = new Map((await reportPages(failingRunOf(extra as IndexedCause), phaseTable, index)).map((p) => [p.path, p.html]));
  expect(index.causes.every((c) => pages.has(causePath(c.id)))).to.equal(true);
  expect(pages.get(causePath('added-later'))).to.match(/<dt>escalation<\/dt><dd>Open a case with the tenant<\/dd>/);
  expect(pages.get('conformance.html')).to.include(`href="${causePath('added-later')}"`);
});
