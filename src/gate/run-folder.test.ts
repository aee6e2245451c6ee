import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { claimRunFolder, markerName } from './run-folder';

type Setup = (dir: string) => void;
const file =
  (name: string, text = 'x'): Setup =>
  (dir) =>
    writeFileSync(path.join(dir, name), text);
/** A marker of an earlier run listing `names` as they are now (or with another size: `stale`). */
const marker =
  (names: readonly string[], stale = false): Setup =>
  (dir) => {
    const files = names.map((name) => {
      const s = statSync(path.join(dir, name));
      return { name, size: s.size + (stale ? 1 : 0), mtimeMs: s.mtimeMs };
    });
    writeFileSync(path.join(dir, markerName), JSON.stringify({ gate: { run: 'r', files } }));
  };

const cases: { name: string; setup: Setup[]; legacy?: string[]; refused: boolean; left: string[] }[] = [
  { name: 'an empty folder is used', setup: [], refused: false, left: [] },
  { name: 'a folder with a file of its owner is refused, and kept', setup: [file('notes.txt')], refused: true, left: ['notes.txt'] },
  { name: 'a sub-folder is foreign', setup: [(d) => mkdirSync(path.join(d, 'src'))], refused: true, left: ['src'] },
  { name: "an earlier run's files are cleared", setup: [file('junit.xml'), marker(['junit.xml'])], refused: false, left: [] },
  {
    name: 'a listed file changed since is foreign',
    setup: [file('junit.xml'), marker(['junit.xml'], true)],
    refused: true,
    left: ['junit.xml', markerName],
  },
  {
    name: 'a file the marker does not list is foreign',
    setup: [file('junit.xml'), marker([]), file('junk.txt')],
    refused: true,
    left: ['junit.xml', 'junk.txt', markerName],
  },
  { name: 'report names without a marker are foreign', setup: [file('junit.xml')], refused: true, left: ['junit.xml'] },
  {
    name: "an older gate's reports are cleared where allowed",
    setup: [file('junit.xml')],
    legacy: ['junit.xml'],
    refused: false,
    left: [],
  },
];

for (const c of cases) {
  test(`claimRunFolder: ${c.name}`, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'run-folder-'));
    for (const s of c.setup) s(dir);
    if (c.refused) expect(() => claimRunFolder(dir, c.legacy)).to.throw(/the gate did not write .*nothing was deleted/);
    else claimRunFolder(dir, c.legacy);
    expect(readdirSync(dir).sort()).to.deep.equal([...c.left].sort());
  });
}

test('claimRunFolder: a missing folder is made, with its parents', () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'run-folder-')), 'a', 'b');
  claimRunFolder(dir);
  expect(readdirSync(dir)).to.deep.equal([]);
});

test('claimRunFolder: a file given as the folder is refused', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'run-folder-'));
  writeFileSync(path.join(dir, 'f'), 'x');
  expect(() => claimRunFolder(path.join(dir, 'f'))).to.throw(/is not a folder/);
});
