import { expect } from 'chai';
import { test } from 'node:test';
import { TimelineFilter } from './timeline-filter';

const timeline = (name: string) => `\nTimeline of "${name}" (f.feature):\n+0:00.000 ▶ a step\n+0:00.000 ✖ this step failed\n`;

const cases = [
  { name: 'an unlisted scenario keeps its timeline', chunks: [timeline('B')], want: timeline('B') },
  { name: 'a listed scenario loses its timeline and the empty line before it', chunks: [timeline('A')], want: '' },
  { name: 'only the listed one goes', chunks: [timeline('A'), timeline('B')], want: timeline('B') },
  { name: 'a timeline split across chunks', chunks: [timeline('A').slice(0, 9), timeline('A').slice(9), 'after\n'], want: 'after\n' },
  { name: 'a listed timeline followed by an unlisted one', chunks: [timeline('A') + timeline('B')], want: timeline('B') },
  { name: 'other output is kept, also without a newline at the end', chunks: ['warning: x\n', 'last'], want: 'warning: x\nlast' },
  { name: 'a header line naming another scenario is kept even if the name is a prefix', chunks: [timeline('AB')], want: timeline('AB') },
];

for (const c of cases) {
  test(`TimelineFilter: ${c.name}`, () => {
    let out = '';
    const filter = new TimelineFilter(new Set(['A']), (t) => (out += t));
    for (const chunk of c.chunks) filter.push(chunk);
    filter.end();
    expect(out).to.equal(c.want);
  });
}
