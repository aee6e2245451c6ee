import { shutDown, sleep, startUp, switchUser, wake, type FakeWorld } from '../fakes';
import { worldEventSentence } from '../harness/sentences';
import type { PanelAction } from './desktop-api';

type SessionAction = Extract<PanelAction, { kind: 'moveMouse' | 'switchUser' | 'sleep' | 'wake' | 'shutDown' | 'startUp' }>;

/** The playground's Windows-session actions (input, Switch user, sleep, shut down), each with the step that says it. */
export async function sessionPanelStep(world: FakeWorld, action: SessionAction): Promise<string> {
  switch (action.kind) {
    case 'moveMouse': {
      const person = world.person(action.person);
      await world.os.input(world.computer(action.computer), person.windowsUser);
      return worldEventSentence({ t: 'input', person: person.name, computer: action.computer });
    }
    case 'switchUser': {
      const person = world.person(action.person);
      const back = world.computer(action.computer).sessions.has(person.windowsUser);
      await switchUser(world, action.computer, person.windowsUser);
      return worldEventSentence({ t: back ? 'switchBack' : 'switchUser', person: person.name, computer: action.computer });
    }
    case 'sleep':
      await sleep(world, action.computer);
      return worldEventSentence({ t: 'sleep', computer: action.computer });
    case 'wake':
      await wake(world, action.computer);
      return worldEventSentence({ t: 'wake', computer: action.computer });
    case 'shutDown': {
      const users = [...world.computer(action.computer).sessions.keys()];
      const who = [...world.people.values()].find((p) => p.windowsUser === users[0]);
      if (!who) throw new Error(`Nobody is logged on to ${action.computer}: log someone on to shut it down`);
      await shutDown(world, action.computer);
      return worldEventSentence({ t: 'shutDown', person: who.name, computer: action.computer });
    }
    case 'startUp':
      await startUp(world, action.computer);
      return worldEventSentence({ t: 'startUp', computer: action.computer });
  }
}
