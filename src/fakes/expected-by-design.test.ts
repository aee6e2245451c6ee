import { expect } from 'chai';
import { test } from 'node:test';
import { expectedMiss } from './expected-by-design';
import { Timeline } from './timeline';
import { VirtualClock } from './virtual-clock';

const misses: readonly (readonly [name: string, expected: boolean])[] = [
  ['lyncdiscoverinternal.contoso.com', true],
  ['LyncDiscoverInternal.Fabrikam.com', true],
  ['lyncdiscover.contoso.com', false],
  ['_sip._tls.contoso.com', false],
  ['sip.contoso.com', false],
  ['lyncpool.contoso.local', false],
  ['sipdir.online.lync.com', false],
  ['notlyncdiscoverinternal.contoso.com', false],
];

for (const [name, expected] of misses)
  test(`a DNS miss of ${name} is ${expected ? 'a step by design' : 'a failure'}`, () => {
    expect(expectedMiss(name) !== undefined).to.equal(expected);
  });

const recorded: readonly (readonly [detail: Parameters<Timeline['record']>[1], marks: object])[] = [
  [{ failing: true }, { failing: true }],
  [{ failing: true, expected: 'by design' }, { expected: 'by design' }],
  [{ failing: false, expected: 'by design' }, { expected: 'by design' }],
  [{ failing: false }, {}],
  [{}, {}],
];

for (const [detail, marks] of recorded)
  test(`the timeline records ${JSON.stringify(detail)} as ${JSON.stringify(marks)}, and marks ✖ only a failure`, () => {
    const timeline = new Timeline(new VirtualClock(0));
    timeline.record('an event', { lane: 'DNS', ...detail });
    expect(timeline.entries).to.deep.equal([{ at: 0, text: 'an event', lane: 'DNS', ...marks }]);
    expect(timeline.format().includes('✖')).to.equal('failing' in marks);
  });
