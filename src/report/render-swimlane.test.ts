import { expect } from 'chai';
import { test } from 'node:test';
import { renderSwimlane } from './render-swimlane';
import type { RecordedTimelineEntry } from './summary';

const lookup = {
  at: 0,
  text: 'Lync on PC1 looks up lyncdiscoverinternal.contoso.com in DNS: no such record',
  lane: 'Lync on PC1',
  to: 'DNS',
};

/** Which recorded events the swimlane marks ✖: a failure, never a step that fails by design. */
const cases: readonly (readonly [name: string, entry: RecordedTimelineEntry, marked: boolean])[] = [
  ['an exchange that went wrong', { ...lookup, failing: true }, true],
  ['an expected miss', { ...lookup, expected: 'expected: Lync moves on to lyncdiscover' }, false],
  ['an expected miss an older run also recorded as failing', { ...lookup, failing: true, expected: 'expected: by design' }, false],
  ['an ordinary exchange', lookup, false],
  ['a failed step (no lane)', { at: 0, text: 'this step failed: x', failing: true }, true],
];

for (const [name, entry, marked] of cases)
  test(`the swimlane ${marked ? 'marks' : 'does not mark'} ${name} with ✖`, () => {
    const svg = renderSwimlane([entry], 'a scenario');
    expect(svg.includes('✖'), svg).to.equal(marked);
    expect(svg.includes('data-failing="true"')).to.equal(marked);
    if (entry.expected) expect(svg).to.include(`<title>${entry.expected}</title>`);
  });
