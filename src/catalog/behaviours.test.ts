import assert from 'node:assert/strict';
import { test } from 'node:test';
import { behaviours } from './behaviours';
import { sections } from './sections';

const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}-${String(from + i).padStart(2, '0')}`);

const inScope = [
  ...range('FS', 1, 9),
  ...range('FS', 11, 13),
  ...range('AS', 1, 6),
  'SO-01',
  'SO-02',
  ...range('SO', 4, 8),
  'SO-11',
  'SO-13',
  ...range('DC', 1, 3),
  ...range('DC', 5, 8),
  'DC-10',
  'MU-02',
  'MU-07',
  'MU-11',
  ...range('TE', 1, 10),
  ...range('TE', 12, 20),
  'TE-22',
  'TE-23',
  'NR-01',
  ...range('NR', 3, 8),
  'NR-11',
  'NR-15',
];

test('the catalog lists exactly the behaviours in scope, once each', () => {
  assert.deepEqual([...behaviours.map((b) => b.id)].sort(), [...inScope].sort());
});

test('every behaviour sits in a known article section, and every section has behaviours', () => {
  const keys = sections.map((s) => s.key);
  for (const b of behaviours) assert.ok(keys.includes(b.section), `${b.id} has section ${b.section}`);
  for (const key of keys)
    assert.ok(
      behaviours.some((b) => b.section === key),
      `${key} is empty`,
    );
});

test('groups follow their natural sections', () => {
  const sectionOf = (id: string) => behaviours.find((b) => b.id === id)?.section;
  for (const b of behaviours) {
    if (b.id.startsWith('TE-')) assert.equal(b.section, 'troubleshooting', b.id);
    if (b.id.startsWith('NR-')) assert.equal(b.section, 'network', b.id);
    if (b.id.startsWith('FS-')) assert.equal(b.section, 'first-sign-in', b.id);
    if (b.id.startsWith('AS-')) assert.equal(b.section, 'automatic-sign-in', b.id);
    if (b.id.startsWith('DC-')) assert.equal(b.section, 'delete-sign-in-info', b.id);
  }
  assert.equal(sectionOf('SO-02'), 'close');
  assert.equal(sectionOf('SO-04'), 'sign-out');
  assert.equal(sectionOf('SO-07'), 'exit');
});

test('titles are short', () => {
  for (const b of behaviours) assert.ok(b.title.length <= 70, `${b.id}: ${b.title}`);
});
