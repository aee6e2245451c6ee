import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Envelope } from '@cucumber/messages';
import { catalog } from '../catalog/behaviours';
import { protocolVersion } from '../protocol/protocol-version';
import { renderMarkdown } from '../report/render-markdown';
import { summarize } from '../report/summarize';
import type { Expectations } from './expectations';
import type { Judged } from './compare-results';
import { gateVersion, gateVersionLine } from './gate-version';
import { markAllureResults } from './mark-allure-results';
import { markKnownDeviations } from './mark-known-deviations';

export interface GateReportsInput {
  readonly out: string;
  /** The run as recorded (messages.ndjson). */
  readonly envelopes: readonly Envelope[];
  readonly judged: readonly Judged[];
  readonly expectations: Expectations;
  readonly expectFile: string | null;
  readonly name: string;
  readonly column: string;
  /** Write allure-results/ (off with SIGNIN_ALLURE=0, as for the other runs). */
  readonly allure: boolean;
}

const worker = path.join(__dirname, '..', 'reports-off-thread', 'report-worker.js');
const batchSize = 256;

/**
 * The reports a CI system reads, rendered after the run from its recorded messages with the verdicts of the gate:
 * cucumber.html, junit.xml and allure-results/ from {@link markKnownDeviations}' copy (a known deviation is skipped,
 * with its reason), conformance.md from the run as recorded plus the expectations. messages.ndjson is not touched.
 */
export async function writeGateReports(input: GateReportsInput): Promise<void> {
  const { out, name, column } = input;
  const expectName = input.expectFile ? path.basename(input.expectFile) : 'the expectations file';
  const marked = markKnownDeviations(finished(input.envelopes), input.judged, expectName);
  await renderInWorker(marked, {
    html: path.join(out, 'cucumber.html'),
    junit: { path: path.join(out, 'junit.xml'), options: { suiteName: `signin-sim gate: ${name}` } },
    allure: input.allure ? { profile: path.basename(out), reportsDir: path.dirname(out), column } : null,
  });
  markAllureResults(path.join(out, 'allure-results'), input.judged, expectName);
  const junit = path.join(out, 'junit.xml');
  writeFileSync(
    junit,
    withProperties(readFileSync(junit, 'utf8'), { 'signin-sim-gate.version': gateVersion, 'signin-sim-gate.protocol': protocolVersion }),
  );
  const summary = summarize(
    [{ column, profile: path.basename(out), envelopes: input.envelopes, expectations: input.expectations }],
    catalog,
  );
  writeFileSync(path.join(out, 'conformance.md'), withHeader(renderMarkdown(summary), `Gate: ${gateVersionLine()}.`));
}

/** An interrupted run has no testRunFinished, and the junit formatter writes only on it: one is added, unsuccessful. */
function finished(envelopes: readonly Envelope[]): readonly Envelope[] {
  if (envelopes.some((e) => e.testRunFinished)) return envelopes;
  const last = [...envelopes].reverse().find((e) => e.testCaseFinished)?.testCaseFinished?.timestamp ?? { seconds: 0, nanos: 0 };
  return [...envelopes, { testRunFinished: { success: false, timestamp: last } }];
}

/** junit.xml's <testsuite> with a <properties> element first (the JUnit schema's place for them). */
export function withProperties(xml: string, properties: Readonly<Record<string, string>>): string {
  const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const open = /<testsuite\b[^>]*>/.exec(xml);
  if (!open) throw new Error('junit.xml has no <testsuite> element');
  const items = Object.entries(properties).map(([k, v]) => `    <property name="${attr(k)}" value="${attr(v)}"/>`);
  const at = open.index + open[0].length;
  return `${xml.slice(0, at)}\n  <properties>\n${items.join('\n')}\n  </properties>${xml.slice(at)}`;
}

/** A Markdown report with a line under its title. */
export function withHeader(markdown: string, line: string): string {
  const end = markdown.indexOf('\n');
  return end < 0 ? `${markdown}\n\n${line}\n` : `${markdown.slice(0, end + 1)}\n${line}\n${markdown.slice(end + 1)}`;
}

/** Feeds the envelopes to the report worker (src/reports-off-thread/), the same formatters a run uses. */
function renderInWorker(envelopes: readonly Envelope[], workerData: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(worker, { workerData });
    thread.once('error', reject);
    thread.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the report writer stopped with exit code ${code}`))));
    for (let i = 0; i < envelopes.length; i += batchSize)
      thread.postMessage(
        envelopes
          .slice(i, i + batchSize)
          .map((e) => JSON.stringify(e))
          .join('\n'),
      );
    thread.postMessage(null);
  });
}
