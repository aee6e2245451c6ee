import type { ClientEvent, ClientView, ControlView, MenuItemView, Secret } from '../simulator';
import type { ClientLauncher } from '../runtime/platform';
import type { Computer, WindowsSession } from './computer';
import { describeAction, describeActionDone, type DesktopAction } from './desktop-action';
import type { DesktopSnapshot } from './desktop';
import type { LyncProcess } from './lync-process';
import type { Network } from './network';
import { ProcessPlatform } from './process-platform';
import type { RandomWaits } from './random-waits';
import { GroupPolicy } from './administration/group-policy';
import type { Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';
import { deliverTo } from './process-delivery';

/** Windows as the fake world runs it: logon and log-off, the Start menu, Run entries, processes and desktop input. */
export class OperatingSystem {
  #nextPid = 4000;
  launcher: ClientLauncher | null = null;
  /** AS-09: Group Policy, applied to HKLM at once and to HKCU at each logon. */
  readonly groupPolicy: GroupPolicy;
  /** Told when Windows ends a Lync process that did not exit itself: its connection to the service closes (NR-14). */
  onKilled: (computer: string, windowsUser: string) => void = () => undefined;

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
    private readonly network: Network,
    private readonly waits: RandomWaits,
  ) {
    this.groupPolicy = new GroupPolicy(timeline);
  }

  async logOn(computer: Computer, windowsUser: string): Promise<void> {
    if (computer.sessions.has(windowsUser)) throw new Error(`${windowsUser} is already logged on to ${computer.name}`);
    const session = computer.openSession(windowsUser);
    this.timeline.record(`${this.timeline.name(windowsUser)} logs on to ${computer.name}`);
    this.groupPolicy.applyAtLogon(computer, windowsUser);
    for (const [name, command] of computer.profile(windowsUser).runEntries) {
      if (name === 'Lync') await this.#start(computer, session, command, true);
    }
  }

  async logOff(computer: Computer, windowsUser: string): Promise<void> {
    computer.session(windowsUser);
    this.timeline.record(`${this.timeline.name(windowsUser)} logs off ${computer.name}`);
    for (const p of computer.running(windowsUser)) if (!p.notResponding) await deliverTo(p, { type: 'os.loggingOff' });
    await this.clock.settle();
    for (const p of computer.running(windowsUser)) {
      this.timeline.record(`Windows ends Lync (process ${p.pid}), which did not exit at log-off`);
      await p.client?.kill();
      this.#ended(computer, p);
      this.onKilled(computer.name, windowsUser);
    }
    computer.sessions.delete(windowsUser);
  }

  /** Keyboard or mouse input in the session (NR-12: activity returns Lync to Available). */
  async input(computer: Computer, windowsUser: string): Promise<void> {
    const session = computer.session(windowsUser);
    if (session.locked) throw new Error(`${windowsUser}'s session on ${computer.name} is locked; unlock it first`);
    this.timeline.record(`${windowsUser} uses the keyboard and mouse on ${computer.name}`);
    for (const p of computer.running(windowsUser)) await deliverTo(p, { type: 'os.userInput' });
  }

  async setLocked(computer: Computer, windowsUser: string, locked: boolean): Promise<void> {
    computer.session(windowsUser).locked = locked;
    this.timeline.record(`${this.timeline.name(windowsUser)} ${locked ? 'locks' : 'unlocks'} ${computer.name}`);
    for (const p of computer.running(windowsUser)) await deliverTo(p, { type: 'os.sessionLocked', locked });
  }

  /** Performs what the user did on their desktop; the user can only use what is on screen. */
  async act(computer: Computer, windowsUser: string, action: DesktopAction): Promise<void> {
    const session = computer.session(windowsUser);
    if (session.locked) throw new Error(`${windowsUser}'s session on ${computer.name} is locked; unlock it first`);
    this.timeline.record(`${this.timeline.name(windowsUser)} ${describeAction(action)} on ${computer.name}`);
    if (action.kind === 'startMenu') return this.#startMenu(computer, session, action.path);
    const process = this.#owner(computer, session, action);
    await deliverTo(process, toEvent(action));
  }

  snapshot(computer: Computer, windowsUser: string): DesktopSnapshot {
    const session = computer.session(windowsUser);
    const views = session.desktop.views();
    return {
      computer: computer.name,
      windowsUser,
      locked: session.locked,
      startMenu: [...new Set([...computer.allUsersStartMenu, ...computer.profile(windowsUser).startMenu])],
      taskbar: views.filter((v) => v.taskbarButton).map(() => 'Lync'),
      notificationArea: views.flatMap((v) =>
        v.icon
          ? [{ name: 'Lync', tooltip: v.icon.tooltip, menu: v.icon.menu, ...(v.icon.ctrlMenu ? { ctrlMenu: v.icon.ctrlMenu } : {}) }]
          : [],
      ),
      windows: views.flatMap((v) => v.windows.filter((w) => w.visible)),
      toasts: [...session.desktop.toasts],
    };
  }

  async #startMenu(computer: Computer, session: WindowsSession, path: string): Promise<void> {
    if (!computer.allUsersStartMenu.has(path) && !computer.profile(session.windowsUser).startMenu.has(path))
      throw new Error(`${session.windowsUser}'s Start menu on ${computer.name} has no "${path}"`);
    const running = computer.running(session.windowsUser)[0];
    if (running) return deliverTo(running, { type: 'user.iconClick', place: 'taskbar' });
    await this.#start(computer, session, '"C:\\Program Files\\Microsoft Office\\Office15\\lync.exe"', false);
  }

  async #start(computer: Computer, session: WindowsSession, commandLine: string, fromRunKey: boolean): Promise<void> {
    if (!this.launcher) throw new Error('OperatingSystem: no client launcher; the driver must set one before Lync can start');
    const process: LyncProcess = {
      pid: this.#nextPid++,
      image: 'lync.exe',
      commandLine,
      windowsUser: session.windowsUser,
      running: true,
      client: null,
      timers: new Map(),
    };
    computer.processes.push(process);
    this.timeline.record(
      `Windows starts Lync (lync.exe, process ${process.pid}) for ${this.timeline.name(session.windowsUser)} on ${computer.name}${fromRunKey ? ' from the Run entry' : ''}`,
    );
    const platform = new ProcessPlatform(
      computer,
      computer.profile(session.windowsUser),
      session,
      process,
      this.network,
      this.waits,
      this.clock,
      this.timeline,
      (p) => this.#ended(computer, p),
    );
    process.client = await this.launcher(platform, {
      computer: computer.name,
      windowsUser: session.windowsUser,
      version: computer.lyncProgram?.version ?? 'unknown',
      pid: process.pid,
    });
    await deliverTo(process, { type: 'os.started', fromRunKey });
  }

  #ended(computer: Computer, p: LyncProcess): void {
    if (!p.running) return;
    p.running = false;
    for (const id of p.timers.values()) this.clock.cancel(id);
    p.timers.clear();
    computer.sessions.get(p.windowsUser)?.desktop.remove(p.pid);
    this.timeline.record(`Lync (process ${p.pid}) of ${this.timeline.name(p.windowsUser)} on ${computer.name} has ended`);
  }

  #owner(computer: Computer, session: WindowsSession, action: Exclude<DesktopAction, { kind: 'startMenu' }>): LyncProcess {
    for (const p of computer.running(session.windowsUser)) {
      const view = session.desktop.viewOf(p.pid);
      if (view && shows(view, action)) return p;
    }
    const done = describeActionDone(action);
    const ended = computer.processes.some((p) => p.windowsUser === session.windowsUser && !p.running);
    if (computer.running(session.windowsUser).length === 0 && ended)
      throw new Error(`Lync (${session.windowsUser} on ${computer.name}) had exited when the step ${done}`);
    const what =
      'window' in action
        ? `"${controlOf(action)}" in a visible ${action.window} window${action.kind === 'type' ? typedHint : ''}`
        : `a Lync icon in the ${action.place} offering that`;
    throw new Error(`When the step ${done}, ${session.windowsUser} on ${computer.name} had no ${what} on screen`);
  }
}

function shows(view: ClientView, action: Exclude<DesktopAction, { kind: 'startMenu' }>): boolean {
  if (action.kind === 'icon' || action.kind === 'iconMenu') {
    const present = action.place === 'taskbar' ? view.taskbarButton : view.icon !== null;
    if (!present || action.kind === 'icon') return present;
    const offered = [...(view.icon?.menu ?? []), ...(action.ctrl === true ? (view.icon?.ctrlMenu ?? []) : [])];
    return offered.includes(action.item);
  }
  const window = view.windows.find((w) => w.id === action.window && w.visible);
  if (!window) return false;
  if (action.kind === 'closeWindow') return true;
  if (action.kind === 'menu') return menuHas(window.controls, action.path, action.menu ?? 'Options');
  const wanted = action.kind === 'type' ? 'textbox' : action.kind === 'toggle' ? 'checkbox' : null;
  const name = action.kind === 'type' ? action.field : action.control;
  return (
    window.controls.some(
      (c) =>
        c.name === name &&
        (wanted ? c.kind === wanted : c.kind === 'button' || c.kind === 'link') &&
        !(c.kind === 'checkbox' && c.disabled === true) && // a greyed-out box cannot be ticked (AS-08)
        !(c.kind === 'textbox' && action.kind === 'type' && c.secret !== isSecret(action.text)),
    ) ||
    (action.kind === 'click' &&
      action.control === 'Delete my sign-in information' &&
      window.controls.some((c) => c.kind === 'link' && c.name === 'Delete my sign-in info'))
  );
}

function menuHas(controls: readonly ControlView[], path: readonly string[], name: string): boolean {
  const menu = controls.find((c) => c.kind === 'menu' && c.name === name);
  let items: readonly MenuItemView[] | undefined = menu && menu.kind === 'menu' ? menu.items : undefined;
  for (const name of path) {
    const item = items?.find((i) => i.name === name);
    if (!item) return false;
    items = item.items;
  }
  return true;
}

/** A password (a Secret) is typed only into a password box, and plain text only into a plain box: no password shows in clear. */
const isSecret = (text: string | Secret): boolean => typeof text !== 'string';
const typedHint = ' taking that text (a password goes only into a password box, plain text only into another box)';

const controlOf = (a: DesktopAction): string =>
  a.kind === 'menu' ? `${a.menu ?? 'Options'} > ${a.path.join(' > ')}` : 'control' in a ? a.control : 'field' in a ? a.field : 'the X';

function toEvent(a: Exclude<DesktopAction, { kind: 'startMenu' }>): ClientEvent {
  switch (a.kind) {
    case 'click':
      return { type: 'user.click', window: a.window, control: a.control };
    case 'type':
      return { type: 'user.type', window: a.window, field: a.field, text: a.text };
    case 'toggle':
      return { type: 'user.toggle', window: a.window, control: a.control, on: a.on };
    case 'menu':
      return a.menu === undefined
        ? { type: 'user.menu', window: a.window, path: a.path }
        : { type: 'user.menu', window: a.window, path: a.path, menu: a.menu };
    case 'closeWindow':
      return { type: 'user.closeWindow', window: a.window };
    case 'icon':
      return { type: 'user.iconClick', place: a.place };
    case 'iconMenu':
      return a.ctrl === true
        ? { type: 'user.iconMenu', place: a.place, item: a.item, ctrl: true }
        : { type: 'user.iconMenu', place: a.place, item: a.item };
  }
}
