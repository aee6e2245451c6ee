import { expect } from 'chai';
import { test } from 'node:test';
import { firstDivergence } from './first-divergence';
import { renderDivergence } from './render-divergence';

const reference = [
  '▶ Alice starts Lync',
  'P1 → os.started {}',
  'P1 ← settings.read {}',
  '▶ Alice clicks Sign In',
  'P1 → user.click {"control":"Sign In"}',
  'P1 ← desktop.render {"a":1}',
];

const cases: { what: string; client: string[]; at: number | null; step?: string | null }[] = [
  { what: 'the same exchange', client: reference, at: null },
  { what: 'the same messages under other step marks', client: reference.filter((l) => !l.startsWith('▶')), at: null },
  {
    what: 'a different render in the second step',
    client: [...reference.slice(0, 5), 'P1 ← desktop.render {"a":2}'],
    at: 3,
    step: 'Alice clicks Sign In',
  },
  {
    what: 'a call the reference does not make',
    client: [...reference.slice(0, 2), 'P1 ← admin.read {}', ...reference.slice(2)],
    at: 1,
    step: 'Alice starts Lync',
  },
  { what: 'an exchange that stops early', client: reference.slice(0, 3), at: 2 },
  { what: 'an exchange that goes on', client: [...reference, 'P1 ← process.exit {}'], at: 4 },
];

for (const c of cases) {
  test(`firstDivergence: ${c.what}`, () => {
    const d = firstDivergence(reference, c.client);
    expect(d?.at ?? null).to.equal(c.at);
    if (c.step !== undefined) expect(d?.referenceStep).to.equal(c.step);
  });
}

test('renderDivergence shows both sides in columns, from the first difference, with the step', () => {
  const d = firstDivergence(reference, [...reference.slice(0, 5), 'P1 ← desktop.render {"a":2}']);
  const text = renderDivergence('Save my password starts ticked', d!, 80);
  expect(text).to.include("leaves the reference's at message 4 (step: Alice clicks Sign In)");
  expect(text).to.match(/reference client\s+\| this client/);
  expect(text).to.match(/P1 ← desktop\.render \{"a":1\}\s+\| P1 ← desktop\.render \{"a":2\}/);
  expect(text).to.include('= P1 → user.click');
});
