import {
  faultSwitch,
  faultSwitches,
  formatOffset,
  setFault,
  type DesktopAction,
  type FakeWorld,
  type FaultArgs,
  type FaultSwitch,
  type Person,
} from '../fakes';
import { faultSentence } from '../harness/fault-sentence';
import {
  desktopActionSentence,
  groundTruthSentences,
  optionSetSentence,
  screenSentences,
  spokenAction,
  worldEventSentence,
} from '../harness/sentences';
import { sessionPanelStep } from './session-panel-actions';
import { causes } from '../symptoms/causes';
import type { SymptomIndexData } from '../symptoms/symptom-types';
import { causeSetUp, CauseSetUpError, signInFirst, type CauseSetUp, type PlannedStep } from './cause-set-up';
import type { Stage } from '../harness/stage';
import { playgroundStage } from './playground-stage';
import { colleagueViews } from './colleague-views';
import type { DemoWorld } from './demo-world';
import type { DesktopRef, PanelAction, PanelState, SymptomChoice } from './desktop-api';
import { GherkinStory, type Keyword } from './gherkin-story';
import { phrasebook } from '../harness/the-phrasebook';
import { ScreenWatch } from './screen-watch';
import type { SidePanel } from './side-panel';

/** The first entry of "Start from a symptom": every cause of the index, for a ticket whose cause is already known. */
export const everyCause = 'every cause in the symptom index';

const timelineLines = 400;

/**
 * The playground's side panel, a workbench for support staff: every fault switch of the registry, "start from a
 * symptom" (the symptom index), and a record of every change and click as a feature file that runs as copied.
 */
export class WorldPanel implements SidePanel {
  #story: GherkinStory;
  /** The world's set-up as the story's Background says it: a reproduction's Given steps that it says are not run again. */
  #background: readonly string[];
  #watch = new ScreenWatch();
  readonly #symptoms: readonly SymptomChoice[];
  /** Each cause's reproduction in the index, whose set-up step gives the values to set the cause up with. */
  readonly #reproductions: ReadonlyMap<string, readonly string[]>;
  /** While the Options dialog is open: where its step starts and the options set in it, folded into "sets" steps on OK. */
  #options: { readonly from: number; readonly set: { control: string; on: boolean }[] } | null = null;

  /** `startOver` makes a fresh world for "Start over"; without it the panel cannot start over. */
  constructor(
    setUp: readonly string[],
    index: SymptomIndexData | null = null,
    private readonly startOver: (() => Promise<DemoWorld>) | null = null,
  ) {
    this.#story = new GherkinStory(setUp);
    this.#background = setUp;
    const titles = new Map((index?.causes ?? []).map((c) => [c.id, c.title]));
    this.#reproductions = new Map((index?.causes ?? []).flatMap((c) => (c.reproduction ? [[c.id, c.reproduction.gherkin] as const] : [])));
    this.#symptoms = index
      ? [
          { text: everyCause, kind: 'any symptom', causes: index.causes.map((c) => ({ id: c.id, title: c.title })) },
          ...[
            ...index.messages.filter((m) => m.causes.length > 0).map((m) => ({ text: m.text, kind: m.kind, links: m.causes })),
            ...index.silent.map((s) => ({ text: s.text, kind: 'no message', links: s.causes })),
          ].map((m) => ({
            text: m.text,
            kind: m.kind,
            causes: m.links.map((l) => ({ id: l.cause, title: titles.get(l.cause) ?? l.cause })),
          })),
        ]
      : [];
  }

  state(world: FakeWorld): PanelState {
    this.#watch.begin(world);
    const lines = world.timeline.format().split('\n');
    const truth = groundTruthSentences(world);
    return {
      people: [...world.people.values()].map((p) => ({ name: p.name, windowsUser: p.windowsUser, address: p.address })),
      computers: [...world.computers.values()].map((c) => ({
        name: c.name,
        network: c.network,
        clockOffsetMinutes: Math.round(c.clockOffsetMs / 60_000),
        loggedOn: [...c.sessions.keys()].map((u) => world.timeline.name(u)),
        locked: [...c.sessions.values()].filter((s) => s.locked).map((s) => world.timeline.name(s.windowsUser)),
      })),
      elapsed: formatOffset(world.clock.elapsed()),
      timeline: lines.slice(-timelineLines).join('\n'),
      gherkin: this.#story.format(truth),
      faults: faultSwitches.map((s) => ({
        id: s.id,
        place: s.place,
        title: s.title,
        params: s.params,
        reversible: s.turnOff !== undefined,
      })),
      truth,
      symptoms: this.#symptoms,
      colleagues: colleagueViews(world),
    };
  }

  async apply(world: FakeWorld, action: PanelAction, selected: DesktopRef | null): Promise<FakeWorld | undefined> {
    if (action.kind === 'startOver') return this.#startOver(world);
    this.#watch.begin(world);
    const planned = action.kind === 'symptom' ? await this.#prepare(world, action.cause) : null;
    const before = shownCounts(world);
    const step = planned === null ? await this.#perform(world, action, selected) : await this.#finish(world, planned);
    if (step) this.#story.add(storyKeyword(step), step);
    await world.settle();
    this.#tellShown(world, before);
    return undefined;
  }

  /** Then steps for what the desktops showed since `before` (messages, alerts) and what changed in the world. */
  #tellShown(world: FakeWorld, before: ReturnType<typeof shownCounts>): void {
    for (const computer of world.computers.values()) {
      for (const session of computer.sessions.values()) {
        const person = this.#personAt(world, session.windowsUser);
        const { messages, toasts } = before.get(`${computer.name}/${session.windowsUser}`) ?? { messages: 0, toasts: 0 };
        for (const text of session.desktop.messagesShown.slice(messages))
          this.#story.add('Then', screenSentences.tells(person.name, computer.name, text));
        for (const toast of session.desktop.toasts.slice(toasts)) {
          const from = [...world.people.values()].find((p) => p.address === toast.title);
          if (from) this.#story.add('Then', screenSentences.alertFrom(person.name, from.name, computer.name));
        }
      }
    }
    for (const text of this.#watch.changes(world)) this.#story.add('Then', text);
  }

  #setUpOf(world: FakeWorld, id: string): CauseSetUp {
    const cause = causes.find((c) => c.id === id);
    if (!cause) throw new CauseSetUpError(`No cause "${id}" in the symptom index`);
    return causeSetUp(world, cause, this.#reproductions.get(cause.id) ?? null, this.#background);
  }

  /**
   * What the person does on her desktop before a cause can be set up, each action written as her step: signing in
   * with a wrong password (that is the cause), or signing in at all for a switch that changes what a signed-in Lync
   * leaves behind. Fails with the reason when the switch still does not apply after it.
   */
  async #prepare(world: FakeWorld, id: string): Promise<CauseSetUp> {
    const setUp = this.#setUpOf(world, id);
    if (setUp.kind === 'steps') await this.#runSteps(world, setUp.steps);
    if (setUp.kind === 'wrongPassword') await this.#signIn(world, setUp.person, setUp.computer, 'wrong');
    const who = signInFirst(world, setUp);
    if (who === null) return setUp;
    await this.#signIn(world, who.person, who.computer, 'hers');
    if (signInFirst(world, setUp) !== null)
      throw new CauseSetUpError(
        `${who.person} signed in to Lync on ${who.computer}, and still the fault has nothing to act on: ${setUp.kind === 'fault' ? setUp.switch.title : id}`,
      );
    return setUp;
  }

  /** The last step of a cause's set-up, planned before {@link #prepare} changed the world: the switch or the network. */
  async #finish(world: FakeWorld, setUp: CauseSetUp): Promise<string | null> {
    if (setUp.kind === 'fault') return this.#fault(world, setUp.switch, setUp.on, setUp.args);
    if (setUp.kind === 'wrongPassword' || setUp.kind === 'steps') return null;
    await world.setNetwork(setUp.computer, 'offline');
    return worldEventSentence({ t: 'network', computer: setUp.computer, network: 'offline' });
  }

  /**
   * Runs a reproduction's steps through the phrasebook on this world, as Cucumber would run the copied story, and
   * writes each one into the story as it is written, followed by what the desktops showed.
   */
  async #runSteps(world: FakeWorld, steps: readonly PlannedStep[]): Promise<void> {
    const stage = await playgroundStage(world);
    for (const { text, step } of steps) {
      const before = shownCounts(world);
      try {
        await (step.phrase.run as (stage: Stage, ...args: unknown[]) => unknown)(stage, ...step.values);
      } catch (e) {
        throw new CauseSetUpError(`The step "${text}" failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      await world.settle();
      this.#story.add(storyKeyword(text), text);
      this.#tellShown(world, before);
    }
  }

  /** Starts Lync if it is not running and signs in, with her password or a wrong one, as she would on the desktop. */
  async #signIn(world: FakeWorld, name: string, computerName: string, password: 'hers' | 'wrong'): Promise<void> {
    const person = world.person(name);
    const computer = world.computer(computerName);
    const user = person.windowsUser;
    if (!computer.sessions.has(user)) throw new CauseSetUpError(`${person.name} is not logged on to ${computerName}: log her on first`);
    const where = { computer: computerName, windowsUser: user };
    const act = async (action: DesktopAction) => {
      const shown = computer.sessions.get(user)?.desktop.messagesShown;
      const before = shown?.length ?? 0;
      await world.os.act(computer, user, action);
      await world.settle();
      this.performed(world, where, action, shown?.slice(before) ?? []);
    };
    if (password === 'hers' && world.service.sessionsOf(person.address).some((s) => s.computer === computerName)) return;
    if (computer.running(user).length === 0) await act({ kind: 'startMenu', path: 'All Programs > Microsoft Lync > Lync 2013' });
    const main = world.os.snapshot(computer, user).windows.find((w) => w.id === 'main');
    if (!main?.controls.some((c) => c.kind === 'textbox' && c.name === 'Password'))
      await act({ kind: 'click', window: 'main', control: 'Sign In' });
    const text = password === 'hers' ? world.service.account(person.address).password : world.newSecret('a wrong password');
    await act({ kind: 'type', window: 'main', field: 'Password', text });
    await act({ kind: 'click', window: 'main', control: 'Sign In' });
  }

  /** A fresh world from the demo, and a story that starts over with its set-up; the old world stops. */
  async #startOver(world: FakeWorld): Promise<FakeWorld> {
    if (this.startOver === null) throw new Error('This panel cannot start over: it was made without a way to make a fresh world');
    const fresh = await this.startOver();
    await world.stop();
    this.#story = new GherkinStory(fresh.setUp);
    this.#background = fresh.setUp;
    this.#watch = new ScreenWatch();
    this.#options = null;
    return fresh.world;
  }

  performed(world: FakeWorld, where: DesktopRef, action: DesktopAction, messages: readonly string[]): void {
    const person = this.#personAt(world, where.windowsUser);
    const changes = this.#watch.changes(world);
    if (action.kind === 'toggle' && action.window === 'options' && this.#options) {
      this.#options.set.push({ control: action.control, on: action.on });
      return;
    }
    if (action.kind === 'click' && action.window === 'options' && this.#options) {
      const { from, set } = this.#options;
      this.#options = null;
      if (action.control === 'OK' && set.length > 0) {
        this.#story.truncate(from);
        for (const s of set) this.#story.add('When', optionSetSentence(person.name, where.computer, s.control, s.on));
        for (const text of changes) this.#story.add('Then', text);
        return;
      }
    }
    const from = this.#story.length;
    this.#story.add('When', desktopActionSentence(person.name, where.computer, spokenAction(world, action)));
    if (action.kind === 'menu' && action.path.join(' > ') === 'Tools > Options') this.#options = { from, set: [] };
    for (const text of messages) this.#story.add('Then', screenSentences.tells(person.name, where.computer, text));
    for (const text of changes) this.#story.add('Then', text);
  }

  async #perform(world: FakeWorld, action: PanelAction, selected: DesktopRef | null): Promise<string | null> {
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
        return worldEventSentence({ t: action.kind, person: person.name, computer: computer.name });
      }
      case 'moveMouse':
      case 'switchUser':
      case 'sleep':
      case 'wake':
      case 'shutDown':
      case 'startUp':
        return sessionPanelStep(world, action);
      case 'network':
        await world.setNetwork(action.computer, action.network);
        return worldEventSentence({ t: 'network', computer: action.computer, network: action.network });
      case 'fault':
        return this.#fault(world, faultSwitch(action.id), action.on, action.args);
      case 'symptom':
        return this.#finish(world, await this.#prepare(world, action.cause));
      case 'addContact': {
        const [owner, contact] = [world.person(action.owner), world.person(action.contact)];
        if (owner === contact) throw new Error(`${owner.name} cannot be in her own contact list`);
        world.service.presence.addContact(owner.address, contact.address);
        return worldEventSentence({ t: 'contact', owner: owner.name, contact: contact.name });
      }
      case 'startOver':
        throw new Error('Start over replaces the world: apply() does it');
      case 'sendMessage': {
        const [from, to] = [world.person(action.from), world.person(action.to)];
        world.service.sendMessage(from.address, to.address, 'Have you got a minute?');
        return worldEventSentence({ t: 'message', from: from.name, to: to.name });
      }
      case 'typePassword':
        return this.#typePassword(world, action.person, selected);
      case 'groupPolicy': {
        const fault = { t: 'fault', id: `${action.scope}-policy`, on: action.state !== 'Not configured' } as const;
        const args = { [action.scope === 'computer' ? 'computer' : 'person']: action.target, policy: action.policy, state: action.state };
        await setFault(world, fault.id, fault.on, args);
        return worldEventSentence({ ...fault, args });
      }
      case 'advance': {
        // Whole seconds, so that the step says exactly the time that passed.
        const ms = Math.round(action.minutes * 60) * 1000;
        await world.advance(ms);
        return worldEventSentence({ t: 'time', ms });
      }
    }
  }

  /** Checks the arguments against the switch's parameters (people, computers, limits), sets it, and words its step. */
  async #fault(world: FakeWorld, s: FaultSwitch, on: boolean, given: FaultArgs): Promise<string> {
    const args: Record<string, string | number> = {};
    for (const p of s.params) {
      const v = given[p.name];
      if (p.kind === 'number') {
        if (typeof v !== 'number' || v < p.min || v > p.max) throw new Error(`${p.label}: a number of ${p.unit} from ${p.min} to ${p.max}`);
        args[p.name] = Math.round(v);
      } else if (typeof v !== 'string' || v.trim() === '') throw new Error(`${s.title}: say ${p.label.toLowerCase()}`);
      else if (p.kind === 'person') args[p.name] = world.person(v).name;
      else if (p.kind === 'computer') {
        if (!world.computers.has(v)) throw new Error(`No computer ${v}`);
        args[p.name] = v;
      } else if (!/^[\p{L}\p{N}_.@'(),:/-]+(?: [\p{L}\p{N}_.@'(),:/-]+)*$/u.test(v))
        // The underscore is for DNS names: the records _sip._tls and _sipfederationtls._tcp (S14).
        throw new Error(`${p.label}: words of letters, digits and _ . @ ' ( ) , : / -, one space between them`);
      else args[p.name] = v;
    }
    const words = faultSentence(s.id, on, args);
    if (words === null) throw new Error(`fault switch "${s.id}" has no sentence to ${on ? 'turn it on' : 'turn it off'}`);
    await setFault(world, s.id, on, args);
    return words;
  }

  /** Types the person's current password into the Password box on screen (a credentials dialog first), as the user would. */
  async #typePassword(world: FakeWorld, name: string, selected: DesktopRef | null): Promise<string> {
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
    return desktopActionSentence(person.name, selected.computer, spokenAction(world, action));
  }

  #personAt(world: FakeWorld, windowsUser: string): Person {
    const person = [...world.people.values()].find((p) => p.windowsUser === windowsUser);
    if (!person) throw new Error(`No person uses the Windows account ${windowsUser}`);
    return person;
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

/** A state of the world set up (a Given phrase, such as a fault switch's sentence) stays a Given in the story; anything done is a When. */
function storyKeyword(text: string): Keyword {
  return phrasebook().parse(text)?.phrase.keyword === 'Given' ? 'Given' : 'When';
}
