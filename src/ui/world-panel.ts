import { formatOffset, lyncOnlineRecords, setFault, type DesktopAction, type FakeWorld, type Person } from '../fakes';
import { sessionPanelStep } from './session-panel-actions';
import type { DesktopRef, PanelAction, PanelState } from './desktop-api';
import { GherkinStory } from './gherkin-story';
import { desktopStep, durationStep, messageStep, networkStep, type Pronoun, type Wording } from './gherkin-wording';
import type { SidePanel } from './side-panel';

const timelineLines = 400;

/**
 * The playground's side panel: support staff change the fake world as a customer's world changed, and every change
 * and every click on a desktop is written down as a step, so the case can be pasted into a feature file.
 */
export class WorldPanel implements SidePanel {
  readonly #story = new GherkinStory();
  /** While the Options dialog is open: where its step starts and the options set in it, folded into "sets" steps on OK. */
  #options: { readonly from: number; readonly set: { control: string; on: boolean }[] } | null = null;

  constructor(
    setUp: readonly string[],
    private readonly pronouns: Readonly<Record<string, Pronoun>> = {},
  ) {
    for (const line of setUp) this.#story.add('Given', line);
  }

  state(world: FakeWorld): PanelState {
    const lines = world.timeline.format().split('\n');
    return {
      people: [...world.people.values()].map((p) => ({ name: p.name, windowsUser: p.windowsUser, address: p.address })),
      computers: [...world.computers.values()].map((c) => ({
        name: c.name,
        network: c.network,
        clockOffsetMinutes: Math.round(c.clockOffsetMs / 60_000),
        loggedOn: [...c.sessions.keys()],
        locked: [...c.sessions.values()].filter((s) => s.locked).map((s) => s.windowsUser),
      })),
      dnsBroken: !world.dns.has(`lyncdiscover.${world.domain}`),
      elapsed: formatOffset(world.clock.elapsed()),
      timeline: lines.slice(-timelineLines).join('\n'),
      gherkin: this.#story.format(),
    };
  }

  async apply(world: FakeWorld, action: PanelAction, selected: DesktopRef | null): Promise<void> {
    const before = shownCounts(world);
    const step = await this.#perform(world, action, selected);
    if (step) this.#add(step);
    await world.settle();
    for (const computer of world.computers.values()) {
      for (const session of computer.sessions.values()) {
        const person = this.#personAt(world, session.windowsUser);
        const { messages, toasts } = before.get(`${computer.name}/${session.windowsUser}`) ?? { messages: 0, toasts: 0 };
        for (const text of session.desktop.messagesShown.slice(messages))
          this.#story.add('Then', messageStep(person, computer.name, text).text);
        for (const toast of session.desktop.toasts.slice(toasts)) {
          const from = [...world.people.values()].find((p) => p.address === toast.title);
          if (from) this.#story.add('Then', `${person.name} sees an alert from ${from.name} on ${computer.name}`);
        }
      }
    }
  }

  performed(world: FakeWorld, where: DesktopRef, action: DesktopAction, messages: readonly string[]): void {
    const person = this.#personAt(world, where.windowsUser);
    if (action.kind === 'toggle' && action.window === 'options' && this.#options) {
      this.#options.set.push({ control: action.control, on: action.on });
      return;
    }
    if (action.kind === 'click' && action.window === 'options' && this.#options) {
      const { from, set } = this.#options;
      this.#options = null;
      if (action.control === 'OK' && set.length > 0) {
        this.#story.truncate(from);
        for (const s of set) this.#story.add('When', `${person.name} sets "${s.control}" ${s.on ? 'on' : 'off'} on ${where.computer}`);
        return;
      }
    }
    const from = this.#story.length;
    this.#add(desktopStep(world, person, this.#pronoun(person), where.computer, action));
    if (action.kind === 'menu' && action.path.join(' > ') === 'Tools > Options') this.#options = { from, set: [] };
    for (const text of messages) this.#story.add('Then', messageStep(person, where.computer, text).text);
  }

  async #perform(world: FakeWorld, action: PanelAction, selected: DesktopRef | null): Promise<Wording | null> {
    switch (action.kind) {
      case 'logOn':
      case 'logOff':
      case 'lock':
      case 'unlock': {
        const person = world.person(action.person);
        const computer = world.computer(action.computer);
        if (action.kind === 'logOn') await world.os.logOn(computer, person.windowsUser);
        else if (action.kind === 'logOff') await world.os.logOff(computer, person.windowsUser);
        else await world.os.setLocked(computer, person.windowsUser, action.kind === 'lock');
        const verb = { logOn: 'logs on to', logOff: 'logs off', lock: 'locks', unlock: 'unlocks' }[action.kind];
        return { text: `${person.name} ${verb} ${computer.name}`, undefinedStep: false };
      }
      case 'moveMouse':
      case 'switchUser':
      case 'sleep':
      case 'wake':
      case 'shutDown':
      case 'startUp':
        return sessionPanelStep(world, action, this.#pronoun.bind(this));
      case 'network':
        await world.setNetwork(action.computer, action.network);
        return networkStep(action.computer, action.network);
      case 'breakDns':
        world.dns.removeDomain(world.domain);
        return { text: `the Lync DNS records of ${world.domain} are removed`, undefinedStep: true };
      case 'restoreDns':
        world.dns.add(lyncOnlineRecords(world.domain));
        world.timeline.record(`the Lync DNS records of ${world.domain} are back`);
        return { text: `the Lync DNS records of ${world.domain} are back`, undefinedStep: true };
      case 'skewClock': {
        const computer = world.computer(action.computer);
        computer.clockOffsetMs = Math.round(action.minutes) * 60_000;
        const words = `${Math.abs(Math.round(action.minutes))} minutes ${action.minutes >= 0 ? 'ahead' : 'behind'}`;
        world.timeline.record(`the clock of ${computer.name} is set ${words}`);
        return { text: `the clock of ${computer.name} is ${words}`, undefinedStep: true };
      }
      case 'changePassword': {
        const person = world.person(action.person);
        world.service.changePassword(person.address, world.newSecret(`${person.name}'s new password`));
        return { text: `the password of ${person.name} is changed on the service`, undefinedStep: true };
      }
      case 'sendMessage': {
        const from = world.person(action.from);
        world.service.sendMessage(from.address, world.person(action.to).address, 'Have you got a minute?');
        return { text: `${from.name} sends ${world.person(action.to).name} an instant message`, undefinedStep: false };
      }
      case 'typePassword':
        return this.#typePassword(world, action.person, selected);
      case 'groupPolicy': {
        const on = action.state !== 'Not configured';
        const where = action.scope === 'computer' ? 'Computer' : 'User';
        const args = { [action.scope === 'computer' ? 'computer' : 'person']: action.target, policy: action.policy, state: action.state };
        await setFault(world, `${action.scope}-policy`, on, args);
        return {
          text: `Group Policy sets "${action.policy}" to ${action.state} in the ${where} Configuration of ${action.target}`,
          undefinedStep: false,
        };
      }
      case 'advance':
        await world.advance(action.minutes * 60_000);
        return durationStep(action.minutes);
    }
  }

  /** Types the person's current password into the Password box on screen (a credentials dialog first), as the user would. */
  async #typePassword(world: FakeWorld, name: string, selected: DesktopRef | null): Promise<Wording | null> {
    if (selected === null) throw new Error('Nobody is logged on: there is no Password box to type into');
    const computer = world.computer(selected.computer);
    const windows = world.os.snapshot(computer, selected.windowsUser).windows;
    const box =
      windows.find((w) => w.id === 'credentials') ??
      windows.find((w) => w.controls.some((c) => c.kind === 'textbox' && c.name === 'Password'));
    if (!box) throw new Error(`There is no Password box on the desktop of ${selected.windowsUser} on ${selected.computer}`);
    const action: DesktopAction = {
      kind: 'type',
      window: box.id,
      field: 'Password',
      text: world.service.account(world.person(name).address).password,
    };
    await world.os.act(computer, selected.windowsUser, action);
    const person = this.#personAt(world, selected.windowsUser);
    return desktopStep(world, person, this.#pronoun(person), selected.computer, action);
  }

  #add(w: Wording): void {
    this.#story.add('When', w.text, w.undefinedStep);
  }

  #personAt(world: FakeWorld, windowsUser: string): Person {
    const person = [...world.people.values()].find((p) => p.windowsUser === windowsUser);
    if (!person) throw new Error(`No person uses the Windows account ${windowsUser}`);
    return person;
  }

  #pronoun(person: Person): Pronoun {
    return this.pronouns[person.name] ?? 'her';
  }
}

/** How many messages and alerts each desktop has shown so far. */
function shownCounts(world: FakeWorld): Map<string, { messages: number; toasts: number }> {
  const counts = new Map<string, { messages: number; toasts: number }>();
  for (const c of world.computers.values()) {
    for (const s of c.sessions.values())
      counts.set(`${c.name}/${s.windowsUser}`, { messages: s.desktop.messagesShown.length, toasts: s.desktop.toasts.length });
  }
  return counts;
}
