import { expect } from 'chai';
import { test } from 'node:test';
import type { FakeWorld } from '../fakes';
import { colleagueViews } from './colleague-views';
import { demoWorld } from './demo-world';

/** Bob signs in to Lync on PC2 from his desktop. */
async function bobSignsIn(world: FakeWorld): Promise<void> {
  const pc2 = world.computer('PC2');
  for (const action of [
    { kind: 'startMenu', path: 'All Programs > Microsoft Lync > Lync 2013' },
    { kind: 'click', window: 'main', control: 'Sign In' },
    { kind: 'type', window: 'main', field: 'Password', text: world.service.account(world.person('Bob').address).password },
    { kind: 'click', window: 'main', control: 'Sign In' },
  ] as const) {
    await world.os.act(pc2, 'bob', action);
    await world.settle();
  }
}

const cases: { name: string; given: (w: FakeWorld) => Promise<void>; bob: unknown; alice: unknown }[] = [
  {
    name: 'nobody signed in: each sees the other as the service shows, Offline',
    given: async () => undefined,
    bob: { colleague: 'Bob', readsIn: null, contacts: [], sees: [{ name: 'Alice', presence: 'Offline' }] },
    alice: { colleague: 'Alice', readsIn: null, contacts: [], sees: [{ name: 'Bob', presence: 'Offline' }] },
  },
  {
    name: 'Bob signed in with Alice in his list: he reads her in his own Lync; she sees him Available from the service',
    given: async (w) => {
      w.service.presence.addContact(w.person('Bob').address, w.person('Alice').address);
      await bobSignsIn(w);
    },
    bob: { colleague: 'Bob', readsIn: 'PC2', contacts: ['Alice'], sees: [{ name: 'Alice', presence: 'Offline' }] },
    alice: { colleague: 'Alice', readsIn: null, contacts: [], sees: [{ name: 'Bob', presence: 'Available' }] },
  },
  {
    name: 'Bob signed in without Alice in his list: his Lync shows nothing of her',
    given: bobSignsIn,
    bob: { colleague: 'Bob', readsIn: 'PC2', contacts: [], sees: [{ name: 'Alice', presence: null }] },
    alice: { colleague: 'Alice', readsIn: null, contacts: [], sees: [{ name: 'Bob', presence: 'Available' }] },
  },
];

for (const c of cases)
  test(`a colleague's view: ${c.name}`, async () => {
    const { world } = await demoWorld();
    try {
      await c.given(world);
      const views = colleagueViews(world);
      expect(views.find((v) => v.colleague === 'Bob')).to.deep.equal(c.bob);
      expect(views.find((v) => v.colleague === 'Alice')).to.deep.equal(c.alice);
    } finally {
      await world.stop();
    }
  });
