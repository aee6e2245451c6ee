import assert from 'node:assert/strict';
import { test } from 'node:test';
import { faultSwitches } from '../fakes/faults/fault-switches';
import { causeSources } from './cause-sources';
import { causes } from './causes';
import { diagnose } from './diagnose';
import { formatDiagnosis, parseDiagnoseArgs } from './format-diagnosis';
import { messageEntries } from './message-entries';
import { shownMessages } from './shown-messages';
import { buildSymptomIndex } from './symptom-index';

const index = buildSymptomIndex();
const needsCause = (kind: string) => kind === 'error' || kind === 'warning';

test('every message the simulator can show has an entry in the index, with its sources', () => {
  for (const m of shownMessages())
    assert.ok(messageEntries[m.key], `message ${m.key} ("${m.text}") has no entry: add "${m.key}" to src/symptoms/message-entries.ts`);
  for (const key of Object.keys(messageEntries))
    assert.ok(
      shownMessages().some((m) => m.key === key),
      `message-entries.ts has "${key}", which the simulator no longer shows`,
    );
  for (const m of index.messages) assert.ok(m.sources.length > 0, `"${m.text}" records no source`);
});

test('every error and warning message has a cause, and each cause a scenario that shows that message', () => {
  for (const m of index.messages.filter((x) => needsCause(x.kind))) {
    assert.ok(m.causes.length > 0, `${m.keys.join(', ')} ("${m.text}") has no cause in src/symptoms/message-entries.ts`);
    for (const link of m.causes)
      assert.ok(
        link.scenarios.length > 0,
        `no scenario sets up cause "${link.cause}" and shows "${m.text}": write one, or fix the cause's setUp pattern in causes.ts`,
      );
  }
  for (const s of index.silent) assert.ok(s.causes.length > 0, `"${s.text}" has no cause`);
});

test('every cause records the article that gives it, and names only causes that exist', () => {
  for (const c of index.causes)
    assert.ok(c.sources.length > 0, `cause "${c.id}" records no source: add it to src/symptoms/cause-sources.ts`);
  for (const id of Object.keys(causeSources))
    assert.ok(
      causes.some((c) => c.id === id),
      `cause-sources.ts names "${id}", which src/symptoms/causes.ts does not define`,
    );
});

test('every cause has a scenario that reproduces it and one that shows the fix working', () => {
  for (const c of index.causes) {
    assert.ok(c.reproducedBy.length > 0, `cause "${c.id}": no scenario has a step matching its setUp pattern`);
    if (!c.evidence)
      assert.ok(c.fixedBy.length > 0, `cause "${c.id}": no scenario that reproduces it applies the fix (a step matching fixedBy)`);
    assert.ok(c.affected.length > 0 && c.confirm.length > 10 && c.fix.length > 10, `cause "${c.id}" says who, how to confirm, the fix`);
  }
  const named = new Set([...index.messages, ...index.silent].flatMap((m) => m.causes.map((l) => l.cause)));
  for (const c of causes.filter((x) => !x.evidence)) assert.ok(named.has(c.id), `cause "${c.id}" is not named by any message or symptom`);
});

test('every fault switch of the registry has a place in the index', () => {
  for (const s of faultSwitches)
    assert.ok(
      causes.some((c) => c.fault === s.id),
      `fault switch "${s.id}" (${s.title}) is the fault of no cause: add one to src/symptoms/causes.ts and name it from a message or symptom`,
    );
});

const fragments = (words: readonly string[]): string[][] =>
  words.length <= 4 ? [[...words]] : Array.from({ length: words.length - 3 }, (_, i) => words.slice(i, i + 4));

test('for any 4-word fragment of a message, diagnose lists it among the top 3, and first when it is its alone', () => {
  let checked = 0;
  for (const m of index.messages.filter((x) => x.kind !== 'title')) {
    for (const f of fragments(m.words)) {
      const quoted = f.map((w) => (w === '*' ? 'fabrikam.com' : w)).join(' ');
      const found = diagnose(index, quoted).candidates.map((c) => c.text);
      const owners = index.messages.filter((x) => x.kind !== 'title' && x.words.join(' ').includes(f.join(' ')));
      assert.ok(
        found.slice(0, 3).includes(m.text),
        `"${quoted}" should list "${m.text}" in the top 3; got ${JSON.stringify(found.slice(0, 3))}`,
      );
      if (owners.length === 1) assert.equal(found[0], m.text, `"${quoted}" belongs to "${m.text}" alone`);
      checked++;
    }
  }
  assert.ok(checked > 200, `only ${checked} fragments`);
});

test('unknown text gets the closest messages, never a crash', () => {
  for (const quoted of ['xyzzy blorp', '', '!!!', 'the clok is wrnog', 'a'.repeat(5000)]) {
    const d = diagnose(index, quoted);
    assert.equal(d.found, false, quoted);
    assert.equal(d.candidates.length, 3);
  }
  assert.match(diagnose(index, 'the clok of my computer is not set correcly').candidates[0]?.text ?? '', /computer clock/);
});

test('causes are ranked by who is affected', () => {
  const server = (seen: Parameters<typeof diagnose>[2]) =>
    diagnose(index, 'server is temporarily unavailable', seen).candidates[0]?.causes.map((c) => c.cause.id) ?? [];
  assert.equal(server({ users: 'one', computers: 'one' })[0], 'retired-front-end');
  assert.notEqual(server({ users: 'several', computers: 'several' })[0], 'retired-front-end');
  const cert = diagnose(index, 'problem acquiring a personal certificate', { users: 'one', computers: 'several' });
  assert.equal(cert.candidates[0]?.causes[0]?.cause.id, 'address-renamed');
});

test('the diagnose command line: options, the usage line, and what it prints for each cause', () => {
  assert.deepEqual(parseDiagnoseArgs(['clock', 'is', 'wrong', '--users', 'one', '--reproduce']), {
    quoted: 'clock is wrong',
    seen: { users: 'one' },
    reproduce: true,
  });
  assert.match(JSON.stringify(parseDiagnoseArgs(['--users', 'many', 'x'])), /takes \\"one\\" or \\"several\\"/);
  assert.match(JSON.stringify(parseDiagnoseArgs([])), /usage/);
  const options = { quoted: 'computer clock is not set', seen: { users: 'several' as const, computers: 'one' as const }, reproduce: false };
  const out = formatDiagnosis(diagnose(index, options.quoted, options.seen), options);
  assert.match(out, /The computer's clock is more than five minutes off {2}← fits who is affected/);
  assert.match(out, /Reproduce: npm run reproduce -- features\/[a-z-]+\/[a-z-]+\.feature:\d+/);
  assert.match(out, /Sources: S13 /);
});
