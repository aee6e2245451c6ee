import assert from 'node:assert/strict';
import { test } from 'node:test';
import { behaviours } from './behaviours';
import { sections } from './sections';

const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}-${String(from + i).padStart(2, '0')}`);

/** Every statement of the catalog (../shared/spec/behaviour-catalog.md): 99. */
const inScope = [
  ...range('FS', 1, 16),
  ...range('AS', 1, 12),
  'SO-01',
  'SO-02',
  ...range('SO', 4, 9),
  ...range('SO', 11, 13),
  ...range('DC', 1, 3),
  ...range('DC', 5, 13),
  'MU-02',
  'MU-03',
  ...range('MU', 6, 12),
  ...range('TE', 1, 24),
  'NR-01',
  ...range('NR', 3, 16),
];

test('the catalog lists every statement of the catalog, once each', () => {
  assert.equal(inScope.length, 99);
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
