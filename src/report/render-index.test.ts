import { expect } from 'chai';
import { test } from 'node:test';
import { catalog } from '../catalog/behaviours';
import { phaseTable, type PhaseMove } from '../simulator/phase-table';
import { diagramPath } from './page-paths';
import { reportPages } from './report-pages';
import { renderMarkdown } from './render-markdown';
import { summarize } from './summarize';
import { syntheticEnvelopes } from '../../test-support/synthetic-messages';

const hostile = '<img src=x onerror=alert(1)>';

const summary = summarize(
  [
    {
      column: 'Reference <b>client</b>',
      envelopes: syntheticEnvelopes([
        {
          name: hostile,
          feature: '<script>alert(2)</script>',
          tags: ['@FS-01', '@section:first-sign-in'],
          steps: [{ text: `alice types ${hostile}`, status: 'FAILED', error: `got ${hostile}` }],
          attachments: [
            { mediaType: 'text/plain', fileName: 'timeline.txt', body: `</pre>${hostile}` },
            { mediaType: 'text/uri-list', body: 'javascript:alert(3)\nui/shots/"onerror="x.png' },
          ],
        },
      ]),
    },
  ],
  catalog,
);

/** Every page of the report, one after the other. */
const allPages = async (table = phaseTable) => (await reportPages(summary, table, null)).map((p) => p.html).join('\n');
const diagramPage = async (table: readonly PhaseMove[]) =>
  (await reportPages(summary, table, null)).find((p) => p.path === diagramPath)?.html ?? '';

test('no page of the report lets through anything that came from features or client output unescaped', async () => {
  const html = await allPages();
  expect(!html.includes('<img src=x'), 'the hostile scenario name appears unescaped').to.equal(true);
  expect(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the scenario name is shown as text').to.equal(true);
  expect(!/<script/i.test(html), 'the page has a script element').to.equal(true);
  expect(!html.includes('<b>client</b>')).to.equal(true);
  expect(!/href="javascript:/i.test(html) && !/src="javascript:/i.test(html)).to.equal(true);
  expect(!html.includes('"onerror="')).to.equal(true);
  expect(html).to.match(/<pre class="timeline" data-timeline="c0-s0">&lt;\/pre&gt;&lt;img/);
});

test('renderMarkdown escapes HTML and table syntax', () => {
  const md = renderMarkdown(summary);
  expect(!md.includes('<img src=x')).to.equal(true);
  expect(md.includes('&lt;img src=x onerror=alert(1)&gt;')).to.equal(true);
  expect(md.includes('Reference &lt;b&gt;client&lt;/b&gt;')).to.equal(true);
});

/** The SVG group Graphviz drew for the move(s) from one phase to another, or undefined. */
const edge = (html: string, from: string, to: string): string | undefined => {
  const start = html.indexOf(`<g id="move_${from}_${to}"`);
  return start === -1 ? undefined : html.slice(start, html.indexOf('</g>', start));
};

test('the state diagram is drawn from the phase table it is given', async () => {
  const changed: PhaseMove[] = phaseTable.map((m) =>
    m.from === 'signedIn' && m.cause === 'connection lost' ? { ...m, to: 'signedOut' } : m,
  );
  const before = await diagramPage(phaseTable);
  const after = await diagramPage(changed);
  expect(edge(before, 'signedIn', 'reconnecting') ?? '').to.match(/>connection lost</);
  expect(edge(before, 'signedIn', 'signedOut') ?? '').to.not.match(/connection lost/);
  expect(edge(after, 'signedIn', 'reconnecting')).to.equal(undefined);
  expect(edge(after, 'signedIn', 'signedOut') ?? '').to.match(/>connection lost</);
  expect(phaseTable.find((m) => m.cause === 'connection lost')?.to).to.equal('reconnecting');
});
