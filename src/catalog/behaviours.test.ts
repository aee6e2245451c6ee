import { expect } from 'chai';
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
  expect(inScope.length).to.equal(99);
  expect([...behaviours.map((b) => b.id)].sort()).to.deep.equal([...inScope].sort());
});

test('every behaviour sits in a known article section, and every section has behaviours', () => {
  const keys = sections.map((s) => s.key);
  for (const b of behaviours) expect(keys.includes(b.section), `${b.id} has section ${b.section}`).to.equal(true);
  for (const key of keys)
    expect(
      behaviours.some((b) => b.section === key),
      `${key} is empty`,
    ).to.equal(true);
});

test('groups follow their natural sections', () => {
  const sectionOf = (id: string) => behaviours.find((b) => b.id === id)?.section;
  for (const b of behaviours) {
    if (b.id.startsWith('TE-')) expect(b.section, b.id).to.equal('troubleshooting');
    if (b.id.startsWith('NR-')) expect(b.section, b.id).to.equal('network');
    if (b.id.startsWith('FS-')) expect(b.section, b.id).to.equal('first-sign-in');
    if (b.id.startsWith('AS-')) expect(b.section, b.id).to.equal('automatic-sign-in');
    if (b.id.startsWith('DC-')) expect(b.section, b.id).to.equal('delete-sign-in-info');
  }
  expect(sectionOf('SO-02')).to.equal('close');
  expect(sectionOf('SO-04')).to.equal('sign-out');
  expect(sectionOf('SO-07')).to.equal('exit');
});

test('titles are short', () => {
  for (const b of behaviours) expect(b.title.length <= 70, `${b.id}: ${b.title}`).to.equal(true);
});
