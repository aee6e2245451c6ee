import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalog } from '../catalog/behaviours';
import { phaseTable, type PhaseMove } from '../simulator/phase-table';
import { renderHtml } from './render-html';
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

test('renderHtml escapes everything that came from features or client output', async () => {
  const html = await renderHtml(summary, phaseTable);
  assert.ok(!html.includes('<img src=x'), 'the hostile scenario name appears unescaped');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the scenario name is shown as text');
  assert.ok(!/<script/i.test(html), 'the page has a script element');
  assert.ok(!html.includes('<b>client</b>'));
  assert.ok(!/href="javascript:/i.test(html) && !/src="javascript:/i.test(html));
  assert.ok(!html.includes('"onerror="'));
  assert.match(html, /<pre class="timeline" data-timeline="c0-s0">&lt;\/pre&gt;&lt;img/);
});

test('renderMarkdown escapes HTML and table syntax', () => {
  const md = renderMarkdown(summary);
  assert.ok(!md.includes('<img src=x'));
  assert.ok(md.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(md.includes('Reference &lt;b&gt;client&lt;/b&gt;'));
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
  const before = await renderHtml(summary, phaseTable);
  const after = await renderHtml(summary, changed);
  assert.match(edge(before, 'signedIn', 'reconnecting') ?? '', />connection lost</);
  assert.doesNotMatch(edge(before, 'signedIn', 'signedOut') ?? '', /connection lost/);
  assert.equal(edge(after, 'signedIn', 'reconnecting'), undefined);
  assert.match(edge(after, 'signedIn', 'signedOut') ?? '', />connection lost</);
  assert.equal(phaseTable.find((m) => m.cause === 'connection lost')?.to, 'reconnecting');
});
