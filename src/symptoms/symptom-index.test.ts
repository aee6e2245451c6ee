import { expect } from 'chai';
import { present } from '../../test-support/present';
import { test } from 'node:test';
import { faultSwitches } from '../fakes/faults/fault-switches';
import { availabilities, presenceChoices } from '../simulator';
import { causes } from './causes';
import { diagnose } from './diagnose';
import { formatDiagnosis, parseDiagnoseArgs } from './format-diagnosis';
import { messageEntries } from './message-entries';
import { shownMessages } from './shown-messages';
import { buildSymptomIndex } from './symptom-index';

const index = buildSymptomIndex();
/** Every message but a title (which belongs to another message) needs a cause: a prompt or a status has one too. */
const needsCause = (kind: string) => kind !== 'title';

test('every message the simulator can show has an entry in the index, with its sources', () => {
  for (const m of shownMessages())
    present(messageEntries[m.key], `message ${m.key} ("${m.text}") has no entry: add "${m.key}" to src/symptoms/message-entries.ts`);
  for (const key of Object.keys(messageEntries))
    expect(
      shownMessages().some((m) => m.key === key),
      `message-entries.ts has "${key}", which the simulator no longer shows`,
    ).to.equal(true);
  for (const m of index.messages) expect(m.sources.length > 0, `"${m.text}" records no source`).to.equal(true);
});

test('every message but a title has a cause, and each cause a scenario that shows that message', () => {
  for (const m of index.messages.filter((x) => needsCause(x.kind))) {
    expect(m.causes.length > 0, `${m.keys.join(', ')} ("${m.text}") has no cause in src/symptoms/message-entries.ts`).to.equal(true);
    for (const link of m.causes)
      expect(
        link.scenarios.length > 0,
        `no scenario sets up cause "${link.cause}" and shows "${m.text}": write one, or fix the cause's setUp in src/symptoms/causes/`,
      ).to.equal(true);
  }
  for (const s of index.silent) {
    expect(s.causes.length > 0, `"${s.text}" has no cause`).to.equal(true);
    for (const link of s.causes)
      expect(
        link.scenarios.length > 0 && link.reproduction !== null,
        `no plain scenario sets up cause "${link.cause}" and shows "${s.text}": write one, or fix the cause's setUp or the symptom's shownBy`,
      ).to.equal(true);
  }
});

/** What colleagues or the contact list can show that the person did not pick from the presence menu: each needs a cause. */
const outcomesNeedingCause = (): string[] =>
  availabilities.filter((a) => a !== 'Available' && !(presenceChoices as readonly string[]).includes(a));

test('every presence Lync can show but nobody picks (Away, Inactive, Offline, Presence Unknown) is a symptom with a reproduced cause', () => {
  expect(outcomesNeedingCause()).to.include.members(['Away', 'Inactive', 'Offline', 'Presence Unknown']);
  for (const outcome of outcomesNeedingCause()) {
    const symptoms = index.silent.filter((s) => s.outcome === outcome);
    expect(symptoms.length > 0, `no symptom in src/symptoms/message-entries.ts has outcome "${outcome}"`).to.equal(true);
    expect(
      symptoms.some((s) => s.causes.some((l) => l.reproduction !== null)),
      `no cause of "${outcome}" has a scenario that shows it`,
    ).to.equal(true);
  }
});

test('every cause records the article that gives it, and names only causes that exist', () => {
  for (const c of index.causes)
    expect(c.sources.length > 0, `cause "${c.id}" records no source: give it sources in src/symptoms/causes/`).to.equal(true);
  const ids = causes.map((c) => c.id);
  expect(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    'causes defined twice',
  ).to.deep.equal([]);
});

test('every cause has a scenario that reproduces it and one that shows the fix working', () => {
  for (const c of index.causes) {
    expect(c.reproducedBy.length > 0, `cause "${c.id}": no scenario has a step its setUp names`).to.equal(true);
    if (!c.evidence)
      expect(c.fixedBy.length > 0, `cause "${c.id}": no scenario that reproduces it applies the fix (a step its fixedBy names)`).to.equal(
        true,
      );
    expect(
      c.affected.length > 0 && c.confirm.length > 10 && c.fix.length > 10,
      `cause "${c.id}" says who, how to confirm, the fix`,
    ).to.equal(true);
  }
  const named = new Set([...index.messages, ...index.silent].flatMap((m) => m.causes.map((l) => l.cause)));
  for (const c of causes.filter((x) => !x.evidence))
    expect(named.has(c.id), `cause "${c.id}" is not named by any message or symptom`).to.equal(true);
});

test('every fault switch of the registry has a place in the index', () => {
  for (const s of faultSwitches)
    expect(
      causes.some((c) => c.fault === s.id),
      `fault switch "${s.id}" (${s.title}) is the fault of no cause: add one to src/symptoms/causes.ts and name it from a message or symptom`,
    ).to.equal(true);
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
      expect(
        found.slice(0, 3).includes(m.text),
        `"${quoted}" should list "${m.text}" in the top 3; got ${JSON.stringify(found.slice(0, 3))}`,
      ).to.equal(true);
      if (owners.length === 1) expect(found[0], `"${quoted}" belongs to "${m.text}" alone`).to.equal(m.text);
      checked++;
    }
  }
  expect(checked > 200, `only ${checked} fragments`).to.equal(true);
});

test('unknown text gets the closest messages, never a crash', () => {
  for (const quoted of ['xyzzy blorp', '', '!!!', 'the clok is wrnog', 'a'.repeat(5000)]) {
    const d = diagnose(index, quoted);
    expect(d.found, quoted).to.equal(false);
    expect(d.candidates.length).to.equal(3);
  }
  expect(diagnose(index, 'the clok of my computer is not set correcly').candidates[0]?.text ?? '').to.match(/computer clock/);
});

test('causes are ranked by who is affected', () => {
  const server = (seen: Parameters<typeof diagnose>[2]) =>
    diagnose(index, 'server is temporarily unavailable', seen).candidates[0]?.causes.map((c) => c.cause.id) ?? [];
  expect(server({ users: 'one', computers: 'one' })[0]).to.equal('retired-front-end');
  expect(server({ users: 'several', computers: 'several' })[0]).to.not.equal('retired-front-end');
  const cert = diagnose(index, 'problem acquiring a personal certificate', { users: 'one', computers: 'several' });
  expect(cert.candidates[0]?.causes[0]?.cause.id).to.equal('address-renamed');
});

test('the diagnose command line: options, the usage line, and what it prints for each cause', () => {
  expect(parseDiagnoseArgs(['clock', 'is', 'wrong', '--users', 'one', '--reproduce'])).to.deep.equal({
    quoted: 'clock is wrong',
    seen: { users: 'one' },
    reproduce: true,
  });
  expect(JSON.stringify(parseDiagnoseArgs(['--users', 'many', 'x']))).to.match(/takes \\"one\\" or \\"several\\"/);
  expect(JSON.stringify(parseDiagnoseArgs([]))).to.match(/usage/);
  const options = { quoted: 'computer clock is not set', seen: { users: 'several' as const, computers: 'one' as const }, reproduce: false };
  const out = formatDiagnosis(diagnose(index, options.quoted, options.seen), options);
  expect(out).to.match(/The computer's clock is more than five minutes off {2}← fits who is affected/);
  expect(out).to.match(/Reproduce: npm run reproduce -- features\/[a-z-]+\/[a-z-]+\.feature:\d+/);
  expect(out).to.match(/Sources: S13 /);
  expect(out, 'the steps only with --reproduce').to.not.match(/Steps \(/);
  const withSteps = formatDiagnosis(diagnose(index, options.quoted, options.seen), { ...options, reproduce: true });
  expect(withSteps).to.match(/Steps \(features\/troubleshooting\/clock\.feature:\d+\):\n +@[^\n]+\n +Scenario: [^\n]+\n +Given /);
  expect(withSteps).to.match(/\n +And the clock of PC1 is \d+ minutes (fast|slow)\n/);
});
