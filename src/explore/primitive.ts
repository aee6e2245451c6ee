import { faultArgsWords, lyncStartMenuPath, setFault, type DesktopAction, type FaultArgs, type NetworkName } from '../fakes';
import type { IconPlace, Secret, WindowId } from '../simulator';
import * as admin from '../harness/tasks/admin-tasks';
import * as diagnostics from '../harness/tasks/diagnostics-tasks';
import * as lync from '../harness/tasks/lync-tasks';
import * as presence from '../harness/tasks/presence-tasks';
import * as sdk from '../harness/tasks/sdk-tasks';
import * as session from '../harness/tasks/session-tasks';
import * as world from '../harness/tasks/world-tasks';
import type { Side } from './side';

/** What is typed, named so that both worlds type their own copy of it (passwords are made by each world's fakes). */
export type TextSpec =
  | { readonly what: 'address'; readonly whose: string }
  | { readonly what: 'foreign address' }
  | { readonly what: 'password'; readonly whose: string }
  | { readonly what: 'wrong password' }
  | { readonly what: 'text'; readonly text: string };

type Symbolic<A> = A extends { kind: 'type' } ? Omit<A, 'text'> & { readonly text: TextSpec } : A;
export type SymbolicAction = Symbolic<DesktopAction>;

/** One thing that happens in a history, small enough to be one step of a scenario. */
export type Primitive =
  | { readonly t: 'desktop'; readonly person: string; readonly computer: string; readonly action: SymbolicAction }
  | {
      readonly t: 'logOn' | 'logOff' | 'lock' | 'unlock' | 'reinstall' | 'removeCache' | 'deleteSipFolder';
      readonly person: string;
      readonly computer: string;
    }
  | { readonly t: 'input' | 'switchUser'; readonly person: string; readonly computer: string }
  | { readonly t: 'flushDns'; readonly person: string; readonly computer: string }
  | { readonly t: 'contact'; readonly owner: string; readonly contact: string }
  /** SO-12: an application using the Lync SDK starts in her session, or signs the shared client out. */
  | { readonly t: 'sdkStart' | 'sdkSignOut'; readonly person: string; readonly computer: string }
  | { readonly t: 'sleep' | 'wake' | 'shutDown' | 'startUp'; readonly computer: string; readonly person: string }
  | { readonly t: 'leftoverServers'; readonly person: string; readonly computer: string; readonly server: string }
  | { readonly t: 'network'; readonly computer: string; readonly network: NetworkName }
  | { readonly t: 'time'; readonly ms: number }
  | { readonly t: 'message'; readonly from: string; readonly to: string }
  | { readonly t: 'fault'; readonly id: string; readonly on: boolean; readonly args: FaultArgs };

export const foreignAddress = 'someone@fabrikam.com';

function text(side: Side, spec: TextSpec): string | Secret {
  const f = side.fake;
  switch (spec.what) {
    case 'address':
      return f.person(spec.whose).address;
    case 'foreign address':
      return foreignAddress;
    case 'password':
      return f.service.account(f.person(spec.whose).address).password;
    case 'wrong password':
      return f.newSecret('a wrong password');
    case 'text':
      return spec.text;
  }
}

export function concrete(side: Side, a: SymbolicAction): DesktopAction {
  return a.kind === 'type' ? { ...a, text: text(side, a.text) } : a;
}

/** Performs a primitive in one world, through the same tasks and driver calls the steps use. */
export async function perform(side: Side, p: Primitive): Promise<void> {
  const w = side.stage;
  switch (p.t) {
    case 'desktop':
      return side.driver.perform(p.computer, side.fake.person(p.person).windowsUser, concrete(side, p.action));
    case 'logOn':
      return world.logOn(w, p.person, p.computer);
    case 'logOff':
      return world.logOff(w, p.person, p.computer);
    case 'lock':
      return world.setLocked(w, p.person, p.computer, true);
    case 'unlock':
      return world.setLocked(w, p.person, p.computer, false);
    case 'reinstall':
      return lync.reinstall(w, p.person, p.computer);
    case 'removeCache':
      return admin.removeCacheByHand(w, p.person, p.computer);
    case 'input':
      return presence.useComputer(w, p.person, p.computer);
    case 'flushDns':
      return diagnostics.flushDns(w, p.computer);
    case 'switchUser':
      return session.switchUser(w, p.person, p.computer);
    case 'contact':
      return presence.addContact(w, p.owner, p.contact);
    case 'sdkStart':
      return sdk.startSdkApplication(w, p.person, p.computer);
    case 'sdkSignOut':
      return sdk.sdkSignOut(w, p.person, p.computer);
    case 'sleep':
      return session.goToSleep(w, p.computer);
    case 'wake':
      return session.wakeUp(w, p.computer);
    case 'shutDown':
      return session.shutDownComputer(w, p.computer);
    case 'startUp':
      return session.startComputer(w, p.computer);
    case 'deleteSipFolder':
      return admin.deleteSipFolder(w, p.person, p.computer);
    case 'leftoverServers':
      return admin.leftoverServerNames(w, p.person, p.computer, p.server);
    case 'network':
      return world.setNetwork(w, p.computer, p.network);
    case 'time':
      return world.passTime(w, p.ms);
    case 'message':
      return world.sendMessage(w, p.from, p.to);
    case 'fault':
      return setFault(side.fake, p.id, p.on, p.args);
  }
}

const pronoun = (person: string) => (person === 'Bob' ? 'his' : 'her');

/** The dialogs, as a scenario names them. */
export const dialogNames: Readonly<Record<Exclude<WindowId, 'main'>, string>> = {
  options: 'Options dialog',
  confirmDelete: 'confirmation',
  trustServer: 'trust prompt',
  credentials: 'credential dialog',
  connectionSettings: 'Advanced Connection Settings dialog',
  configurationInformation: 'Configuration Information window',
};

const inWindow = (w: WindowId) => (w === 'main' ? '' : ` in the ${dialogNames[w]}`);

function typed(person: string, spec: TextSpec): string {
  switch (spec.what) {
    case 'address':
      return spec.whose === person ? `${pronoun(person)} sign-in address` : `${spec.whose}'s sign-in address`;
    case 'foreign address':
      return `the sign-in address "${foreignAddress}"`;
    case 'password':
      return spec.whose === person ? `${pronoun(person)} password` : `${spec.whose}'s password`;
    case 'wrong password':
      return 'a wrong password';
    case 'text':
      return `"${spec.text}"`;
  }
}

export function durationWords(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
    [1, 'millisecond'],
  ];
  const [size, unit] = units.find(([u]) => ms % u === 0) ?? [1, 'millisecond'];
  const n = ms / size;
  return n === 1 ? `1 ${unit} passes` : `${n} ${unit}s pass`;
}

const networkWords: Record<NetworkName, string> = {
  organization: "goes on the organization's network",
  internet: 'goes on the internet',
  offline: 'goes offline',
};

/** The When step of a primitive, in the project's step vocabulary. */
export function stepText(p: Primitive): string {
  switch (p.t) {
    case 'desktop':
      return desktopStep(p.person, p.computer, p.action);
    case 'logOn':
      return `${p.person} logs on to ${p.computer}`;
    case 'logOff':
      return `${p.person} logs off ${p.computer}`;
    case 'lock':
      return `${p.person} locks ${p.computer}`;
    case 'unlock':
      return `${p.person} unlocks ${p.computer}`;
    case 'reinstall':
      return `the administrator reinstalls Lync for ${p.person} on ${p.computer} from the Office 365 portal`;
    case 'flushDns':
      return `${p.person} runs ipconfig /flushdns on ${p.computer}`;
    case 'input':
      return `${p.person} moves the mouse on ${p.computer}`;
    case 'switchUser':
      return `${p.person} logs on to ${p.computer} through Switch user`;
    case 'contact':
      return `${p.owner} has ${p.contact} in ${pronoun(p.owner)} contact list`;
    case 'sdkStart':
      return `${p.person} starts an application that uses the Lync SDK on ${p.computer}`;
    case 'sdkSignOut':
      return `the Lync SDK application of ${p.person} on ${p.computer} signs out`;
    case 'sleep':
      return `${p.computer} goes to sleep`;
    case 'wake':
      return `${p.computer} wakes up`;
    case 'shutDown':
      return `${p.person} shuts down ${p.computer}`;
    case 'startUp':
      return `${p.computer} is started again`;
    case 'removeCache':
      return `the support desk removes the Lync cache of ${p.person} on ${p.computer} by hand`;
    case 'deleteSipFolder':
      return `the support desk deletes the sip_ folder of ${p.person} on ${p.computer}`;
    case 'leftoverServers':
      return `the Advanced Connection Settings of ${p.person} on ${p.computer} are automatic, with "${p.server}" left in both server boxes`;
    case 'network':
      return `${p.computer} ${networkWords[p.network]}`;
    case 'time':
      return durationWords(p.ms);
    case 'message':
      return `${p.from} sends ${p.to} an instant message`;
    case 'fault': {
      const args = faultArgsWords(p.args);
      return `the fault "${p.id}" is turned ${p.on ? 'on' : 'off'}${args ? ` for "${args}"` : ''}`;
    }
  }
}

function desktopStep(p: string, c: string, a: SymbolicAction): string {
  switch (a.kind) {
    case 'startMenu':
      return `${p} clicks Start > ${a.path} on ${c}`;
    case 'click':
      if (a.window === 'main') return a.control === 'Sign In' ? `${p} clicks Sign In on ${c}` : `${p} clicks "${a.control}" on ${c}`;
      return `${p} clicks "${a.control}"${inWindow(a.window)} on ${c}`;
    case 'type':
      if (a.window === 'main' && a.field === 'Sign-in address' && a.text.what !== 'text') return `${p} types ${typed(p, a.text)} on ${c}`;
      if (a.field === 'Password' && a.text.what !== 'text' && a.text.what !== 'address' && a.text.what !== 'foreign address')
        return `${p} types ${typed(p, a.text)}${inWindow(a.window)} on ${c}`;
      return `${p} types ${typed(p, a.text)} into "${a.field}"${inWindow(a.window)} on ${c}`;
    case 'toggle':
      return `${p} ${a.on ? 'ticks' : 'clears'} "${a.control}"${inWindow(a.window)} on ${c}`;
    case 'menu':
      if (a.menu === 'Presence')
        return a.path[0] === 'Reset Status'
          ? `${p} resets ${pronoun(p)} status on ${c}`
          : `${p} sets ${pronoun(p)} presence to ${a.path.join(' > ')} on ${c}`;
      return `${p} chooses ${a.path.join(' > ')} from the Options button on ${c}`;
    case 'closeWindow':
      return a.window === 'main'
        ? `${p} clicks the X in the upper-right corner of the Lync window on ${c}`
        : `${p} closes the ${dialogNames[a.window]} with its X on ${c}`;
    case 'icon':
      return `${p} clicks the Lync icon in the ${a.place} on ${c}`;
    case 'iconMenu':
      if (a.ctrl === true) return `${p} holds CTRL, right-clicks the Lync icon in the ${a.place} on ${c} and chooses "${a.item}"`;
      return `${p} right-clicks the Lync icon in the ${a.place as IconPlace} on ${c} and chooses ${a.item}`;
  }
}

export { lyncStartMenuPath };
