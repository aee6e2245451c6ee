import { expect } from 'chai';
import { present } from '../../test-support/present';
import { test } from 'node:test';
import { faultSwitches } from '../fakes/faults/fault-switches';
import { availabilities, presenceChoices } from '../simulator';
import { causes } from './causes';
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
