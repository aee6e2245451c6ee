import { expect } from 'chai';
import { test } from 'node:test';
import { catalog } from '../catalog/behaviours';
import { reportLinks } from './report-links';
import { renderIndex } from './render-index';
import { summarize } from './summarize';
import { projectFeatures, projectSymptomIndex } from '../../test-support/project-symptoms';
import { syntheticEnvelopes, type SyntheticScenario } from '../../test-support/synthetic-messages';

// Issue 23: conformance.html was one page of 19 MB for 327 scenarios in three profiles. The index now holds a bounded
// summary and links; this builds the run of the project's own scenarios (names, tags, steps), copied ten times, in
// three columns, one scenario in seven failing with a long message, and measures the index.

const features = projectFeatures();
const symptoms = projectSymptomIndex();
const failure = `expected the sign-in screen to show "Lync couldn't find a Lync Server for the domain" but it showed: ${'a long explanation '.repeat(16)}`;

function suite(copies: number): SyntheticScenario[] {
  return Array.from({ length: copies }, (_, copy) =>
    features.map((f, i): SyntheticScenario => {
      const fails = (copy * features.length + i) % 7 === 0;
      return {
        name: f.name,
        feature: `${f.uri} (copy ${copy + 1})`,
        tags: f.tags,
        steps: f.steps.map((text, s) => ({
          text,
          status: !fails ? 'PASSED' : s === f.steps.length - 1 ? 'FAILED' : 'PASSED',
          ...(fails && s === f.steps.length - 1 ? { error: failure } : {}),
        })),
        attachments: [{ mediaType: 'text/plain', fileName: 'timeline.txt', body: f.steps.map((s, t) => `t+${t}s ▶ ${s}`).join('\n') }],
      };
    }),
  ).flat();
}

function indexBytes(copies: number): number {
  const envelopes = syntheticEnvelopes(suite(copies));
  const columns = ['Reference client, in-process', 'Reference client, in the browser', 'External client'];
  const summary = summarize(
    columns.map((column) => ({ column, envelopes })),
    catalog,
  );
  expect(summary.columns.map((c) => c.totals.total)).to.deep.equal(columns.map(() => features.length * copies));
  return Buffer.byteLength(renderIndex(reportLinks(summary, symptoms)));
}

test('the index stays under 1 MB with the features copied ten times, and hardly grows with the suite', () => {
  const once = indexBytes(1);
  const tenTimes = indexBytes(10);
  expect(tenTimes, `index of ${tenTimes} bytes`).to.be.at.most(1024 * 1024);
  // What may grow: the short lists (at most shownOnIndex scenarios each) filling up, and longer numbers.
  expect(tenTimes - once, `the index grew from ${once} to ${tenTimes} bytes with ten times the scenarios`).to.be.below(16 * 1024);
});
