import { shutDown, sleep, startUp, switchUser, wake, type FakeWorld, type Person } from '../fakes';
import type { PanelAction } from './desktop-api';
import type { Pronoun } from './gherkin-wording';

type SessionAction = Extract<PanelAction, { kind: 'moveMouse' | 'switchUser' | 'sleep' | 'wake' | 'shutDown' | 'startUp' }>;

/** The playground's Windows-session actions (input, Switch user, sleep, shut down), each with the step that says it. */
export async function sessionPanelStep(world: FakeWorld, action: SessionAction, pronoun: (p: Person) => Pronoun): Promise<string> {
  const said = (text: string): string => text;
  switch (action.kind) {
    case 'moveMouse': {
      const person = world.person(action.person);
      await world.os.input(world.computer(action.computer), person.windowsUser);
      return said(`${person.name} moves the mouse on ${action.computer}`);
    }
    case 'switchUser': {
      const person = world.person(action.person);
      const back = world.computer(action.computer).sessions.has(person.windowsUser);
      await switchUser(world, action.computer, person.windowsUser);
      return said(
        back
          ? `${person.name} switches back to ${pronoun(person)} session on ${action.computer}`
          : `${person.name} logs on to ${action.computer} through Switch user`,
      );
    }
    case 'sleep':
      await sleep(world, action.computer);
      return said(`${action.computer} goes to sleep`);
    case 'wake':
      await wake(world, action.computer);
      return said(`${action.computer} wakes up`);
    case 'shutDown': {
      const users = [...world.computer(action.computer).sessions.keys()];
      const who = [...world.people.values()].find((p) => p.windowsUser === users[0]);
      if (!who) throw new Error(`Nobody is logged on to ${action.computer}: log someone on to shut it down`);
      await shutDown(world, action.computer);
      return `${who.name} shuts down ${action.computer}`;
    }
    case 'startUp':
      await startUp(world, action.computer);
      return said(`${action.computer} is started again`);
  }
}
