import { expect } from 'chai';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { renameIntoPlace, writeFilesAtomic } from './write-files-atomic';
import { partialName, removeLeftovers } from './partial-name';

const work = mkdtempSync(join(tmpdir(), 'write-files-atomic-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('writeFilesAtomic replaces every file, and leaves no partial file', () => {
  const dir = join(work, 'replace');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.html'), 'old a');
  writeFilesAtomic([
    { path: join(dir, 'a.html'), data: 'new a' },
    { path: join(dir, 'b.md'), data: 'new b' },
  ]);
  expect(readFileSync(join(dir, 'a.html'), 'utf8')).to.equal('new a');
  expect(readFileSync(join(dir, 'b.md'), 'utf8')).to.equal('new b');
  expect(readdirSync(dir).sort()).to.deep.equal(['a.html', 'b.md']);
});

test('when one file cannot be written, none is replaced and the partial files are removed', () => {
  const dir = join(work, 'fails');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.html'), 'old a');
  writeFileSync(join(dir, 'blocker'), '');
  const write = () =>
    writeFilesAtomic([
      { path: join(dir, 'a.html'), data: 'new a' },
      { path: join(dir, 'blocker', 'b.md'), data: 'new b' },
    ]);
  expect(write).to.throw(/ENOTDIR|EEXIST/);
  expect(readFileSync(join(dir, 'a.html'), 'utf8')).to.equal('old a');
  expect(readdirSync(dir).sort()).to.deep.equal(['a.html', 'blocker']);
});

test('renameIntoPlace swaps a folder in over a folder that has files', () => {
  const dir = join(work, 'swap');
  const results = join(dir, 'allure-results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'old-result.json'), '{}');
  mkdirSync(partialName(results));
  writeFileSync(join(partialName(results), 'new-result.json'), '{}');
  renameIntoPlace([{ from: partialName(results), to: results }]);
  expect(readdirSync(results)).to.deep.equal(['new-result.json']);
  expect(readdirSync(dir)).to.deep.equal(['allure-results']);
});

test('removeLeftovers removes what killed writers left, but this process’s own partial files', () => {
  const dir = join(work, 'leftovers');
  mkdirSync(dir);
  for (const name of ['junit.xml', '.junit.xml.partial-1', '.allure-results.old-2', '.cucumber.html.partial-3', 'run.lock'])
    writeFileSync(join(dir, name), '');
  writeFileSync(partialName(join(dir, 'messages.ndjson')), '');
  removeLeftovers(dir);
  expect(readdirSync(dir).sort()).to.deep.equal(['.messages.ndjson.partial-' + process.pid, 'junit.xml', 'run.lock']);
  expect(existsSync(join(dir, '.junit.xml.partial-1'))).to.equal(false);
});
