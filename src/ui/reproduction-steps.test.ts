import { expect } from 'chai';
import { test } from 'node:test';
import type { FakeWorld } from '../fakes';
import { causes } from '../symptoms/causes';
import { buildSymptomIndex } from '../symptoms/symptom-index';
import { reproductionSteps } from './cause-set-up';
import { demoWorld } from './demo-world';
import { WorldPanel } from './world-panel';

const cause = (id: string) => {
  const c = causes.find((x) => x.id === id);
  if (!c) throw new Error(`no cause ${id}`);
  return c;
};

const scenario = (...steps: string[]): string[] => ['@section:test', 'Scenario: a reproduction', ...steps.map((s) => `  ${s}`)];

const planCases: {
  name: string;
  cause: string;
  gherkin: string[];
  before?: (w: FakeWorld) => Promise<void>;
  steps?: string[] | null;
  refused?: RegExp;
}[] = [
  {
    name: 'the Background the world says is left out; Then steps too; it stops at the step that sets the cause up',
    cause: 'delete-asked',
    gherkin: scenario(
      'Given Alice has an Office 365 account',
      "And Alice is logged on to PC1 on the organization's network",
      'And Lync was installed for Alice on PC1 from the Office 365 portal',
      'And Alice has signed in to Lync on PC1 with Save my password ticked',
      'Then Alice is signed in to Lync Online from PC1',
      'When Alice clicks "Delete my sign-in information" on PC1',
      'When Alice answers No on PC1',
    ),
    steps: ['Alice has signed in to Lync on PC1 with Save my password ticked', 'Alice clicks "Delete my sign-in information" on PC1'],
  },
  {
    name: "a stranger and a computer the world lacks become the world's unused person and computer, the pronoun with them",
    cause: 'choice-on-other-computer',
    gherkin: scenario('Given Carol is signed in to Lync on PC7', 'When Carol sets her presence to Busy on PC7'),
    steps: ['Alice is signed in to Lync on PC1', 'Alice sets her presence to Busy on PC1'],
  },
  {
    name: 'a name the world has stays, and the stranger takes the other one',
    cause: 'recipient-not-signed-in',
    gherkin: scenario('Given Bob is signed in to Lync on PC2', 'When Bob sends Dave an instant message'),
    steps: ['Bob is signed in to Lync on PC2', 'Bob sends Alice an instant message'],
  },
  {
    name: 'no step sets the cause up: no plan',
    cause: 'delete-asked',
    gherkin: scenario('Given Alice is signed in to Lync on PC1'),
    steps: null,
  },
  {
    name: "a Background step this world's set-up does not say is refused with the step",
    cause: 'delete-asked',
    gherkin: scenario('Given Alice is logged on to PC1 on the internet', 'When Alice clicks "Delete my sign-in information" on PC1'),
    refused: /its scenario needs "Alice is logged on to PC1 on the internet"/,
  },
  {
    name: 'a person logged off since is refused: nobody is logged on to Windows',
    cause: 'delete-asked',
    gherkin: scenario(
      "Given Alice is logged on to PC1 on the organization's network",
      'When Alice clicks "Delete my sign-in information" on PC1',
    ),
    before: async (w) => {
      await w.os.logOff(w.computer('PC1'), 'alice');
      await w.os.logOff(w.computer('PC2'), 'bob');
    },
    refused: /nobody is logged on to Windows/,
  },
];

for (const c of planCases)
  test(`reproduction steps: ${c.name}`, async () => {
    const { world, setUp } = await demoWorld();
    try {
      await c.before?.(world);
      const plan = () => reproductionSteps(world, cause(c.cause), c.gherkin, setUp);
      if (c.refused) expect(plan).to.throw(c.refused);
      else expect(plan()?.map((s) => s.text) ?? null).to.deep.equal(c.steps);
    } finally {
      await world.stop();
    }
  });

const index = buildSymptomIndex();

// The story is not enough: the steps must have run on the world (what the copied scenario then finds).
const runCases: { cause: string; holds: (w: FakeWorld) => boolean; says: string }[] = [
  {
    cause: 'delete-asked',
    holds: (w) => w.os.snapshot(w.computer('PC1'), 'alice').windows.some((x) => x.id === 'confirmDelete'),
    says: 'Lync asks Alice before it deletes',
  },
  { cause: 'idle-or-locked', holds: (w) => w.computer('PC1').sessions.get('alice')?.locked === true, says: 'PC1 is locked' },
  {
    cause: 'another-person-signed-in',
    holds: (w) => w.service.sessionsOf(w.person('Bob').address).some((s) => s.computer === 'PC1'),
    says: 'Bob is signed in at PC1',
  },
];

for (const c of runCases)
  test(`"Set up the world" for ${c.cause} runs its reproduction's steps on the world: ${c.says}`, async () => {
    const { world, setUp } = await demoWorld();
    try {
      await new WorldPanel(setUp, index).apply(world, { kind: 'symptom', cause: c.cause }, null);
      expect(c.holds(world)).to.equal(true);
    } finally {
      await world.stop();
    }
  });
