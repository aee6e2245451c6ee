import { expect } from 'chai';
import { test } from 'node:test';
import type { Finding } from './history-run';
import { checkKnownDivergence, isKnown } from './known-divergences';
import { actionCatalog } from './describe-field';

test('a known divergence names a field or invariant and a catalog ID, with a reason, for any behaviour', () => {
  const cases: [unknown, { ok: string } | { error: string }][] = [
    [{ divergence: 'requests FS-06', reason: 'No calendar connection.' }, { ok: 'requests FS-06' }],
    [{ divergence: ' window  AS-03 ', reason: ' Opens in the background. ' }, { ok: 'window AS-03' }],
    [{ divergence: 'delete-leaves-nothing DC-02', reason: 'Keeps the certificate.' }, { ok: 'delete-leaves-nothing DC-02' }],
    [{ divergence: 'requests FS-06' }, { error: 'needs a "divergence" ("<field or invariant> <catalog ID>") and a non-empty "reason"' }],
    [{ divergence: 'requests FS-06', reason: '  ' }, { error: 'a non-empty "reason"' }],
    [null, { error: 'a non-empty "reason"' }],
    [{ divergence: 'request FS-06', reason: 'typo' }, { error: 'starts with one of' }],
    [{ divergence: 'requests', reason: 'no ID' }, { error: 'is not an ID of the behaviour catalog' }],
    [{ divergence: 'requests ZZ-99', reason: 'unknown ID' }, { error: 'ZZ-99 is not an ID of the behaviour catalog' }],
    [{ divergence: 'requests FS-06 extra', reason: 'two IDs' }, { error: 'then one catalog ID' }],
  ];
  for (const [item, want] of cases) {
    const read = () => checkKnownDivergence(item, 'x.json: knownDivergences[0]');
    if ('ok' in want) expect(read().divergence, want.ok).to.equal(want.ok);
    else expect(read, want.error).to.throw(want.error);
  }
});

const finding = (kind: Finding['kind'], key: string, catalog: string[]): Finding => ({ kind, key, catalog, words: '', then: [] });

test('a finding is let through only by an entry of its field and one of its IDs, and is reported with the reason', () => {
  const known = isKnown([{ divergence: 'requests FS-06', reason: 'No calendar connection.' }]);
  const cases: [Finding, string | false][] = [
    [finding('divergence', 'requests', ['FS-06', 'TE-22']), 'requests FS-06: No calendar connection.'],
    [finding('divergence', 'requests', ['NR-01']), false],
    [finding('divergence', 'window', ['FS-06']), false],
    [finding('reference broke an invariant', 'requests', ['FS-06']), false],
    [finding('harness', 'requests', ['FS-06']), false],
  ];
  for (const [f, want] of cases) expect(known(f), `${f.kind} ${f.key} ${f.catalog.join(' ')}`).to.equal(want);
});

test('a step the client under test cannot do is keyed by the IDs of the window it acts in, so it can be declared', () => {
  const known = isKnown([{ divergence: 'action NR-12', reason: 'No Status page.' }]);
  expect(known(finding('divergence', 'action', actionCatalog({ window: 'options' })))).to.equal('action NR-12: No Status page.');
  expect(known(finding('divergence', 'action', actionCatalog({ window: 'main' })))).to.equal(false);
  expect(actionCatalog({})).to.deep.equal([]);
});
