import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { RunRecord, type FileCheck } from './run-record';

const lines = '{"testRunStarted":{"id":"t-1"}}\n';
const sha = createHash('sha256').update(lines).digest('hex');

const cases: { name: string; messages: unknown[]; file: string | null; check: FileCheck }[] = [
  { name: 'the file as recorded', messages: [{ end: { sha256: sha, lines: 1 } }], file: lines, check: 'as recorded' },
  { name: 'a changed file', messages: [{ end: { sha256: sha, lines: 1 } }], file: `${lines}{}\n`, check: 'changed' },
  { name: 'a removed file', messages: [{ end: { sha256: sha, lines: 1 } }], file: null, check: 'missing' },
  { name: 'no end received (interrupted)', messages: [], file: lines, check: 'not checked' },
  { name: 'garbage on the channel is ignored', messages: [42, null, { end: { sha256: 1 } }], file: lines, check: 'not checked' },
];

for (const c of cases) {
  test(`RunRecord.check: ${c.name}`, () => {
    const record = new RunRecord();
    for (const m of c.messages) record.receive(m);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'record-')), 'messages.ndjson');
    if (c.file !== null) writeFileSync(file, c.file);
    expect(record.check(file)).to.equal(c.check);
  });
}

test('RunRecord: envelopes in the order received, and the run id from testRunStarted', () => {
  const record = new RunRecord();
  record.receive({ envelopes: [{ meta: {} }, { testRunStarted: { id: 't-9' } }] });
  record.receive({ envelopes: [{ testRunFinished: {} }] });
  expect(record.envelopes.map((e) => Object.keys(e)[0])).to.deep.equal(['meta', 'testRunStarted', 'testRunFinished']);
  expect(record.testRunId).to.equal('t-9');
});
