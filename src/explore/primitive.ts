import { lyncStartMenuPath, setFault, type DesktopAction, type FaultArgs, type NetworkName } from '../fakes';
import type { Secret } from '../simulator';
import { desktopActionSentence, worldEventSentence, type TypedText } from '../harness/sentences';
import * as admin from '../harness/tasks/admin-tasks';
import * as diagnostics from '../harness/tasks/diagnostics-tasks';
import * as lync from '../harness/tasks/lync-tasks';
import * as outlook from '../harness/tasks/outlook-tasks';
import * as presence from '../harness/tasks/presence-tasks';
import * as sdk from '../harness/tasks/sdk-tasks';
import * as session from '../harness/tasks/session-tasks';
import * as world from '../harness/tasks/world-tasks';
import type { Side } from './side';

/** What is typed, named so that both worlds type their own copy of it (passwords are made by each world's fakes). */
export type TextSpec = TypedText | { readonly what: 'foreign address' };

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
  | {
      readonly t: 'sleep' | 'wake' | 'hibernate' | 'resumeFromHibernation' | 'shutDown' | 'startUp';
      readonly computer: string;
      readonly person: string;
    }
  | { readonly t: 'leftoverServers'; readonly person: string; readonly computer: string; readonly server: string }
  | { readonly t: 'delayPolicy'; readonly computer: string; readonly minutes: number }
  | { readonly t: 'installOutlook'; readonly computer: string }
  | { readonly t: 'outlookProfile'; readonly person: string; readonly computer: string; readonly profile: string; readonly address: string }
  | { readonly t: 'outlookDefault'; readonly person: string; readonly computer: string; readonly profile: string }
  | { readonly t: 'network'; readonly computer: string; readonly network: NetworkName }
  | { readonly t: 'time'; readonly ms: number }
  | { readonly t: 'message'; readonly from: string; readonly to: string }
  /** Issue 21: a person of another organization on Lync Online gets an account there. */
  | { readonly t: 'partner'; readonly person: string; readonly domain: string }
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
    case 'hibernate':
      return session.hibernate(w, p.computer);
    case 'resumeFromHibernation':
      return session.resumeFromHibernation(w, p.computer);
    case 'shutDown':
      return session.shutDownComputer(w, p.computer);
    case 'startUp':
      return session.startComputer(w, p.computer);
    case 'deleteSipFolder':
      return admin.deleteSipFolder(w, p.person, p.computer);
    case 'leftoverServers':
      return admin.leftoverServerNames(w, p.person, p.computer, p.server);
    case 'installOutlook':
      return outlook.installOutlook(w, p.computer);
    case 'outlookProfile':
      return outlook.addOutlookProfile(w, p.person, p.computer, p.profile, p.address);
    case 'outlookDefault':
      return outlook.makeOutlookProfileDefault(w, p.person, p.computer, p.profile);
    case 'delayPolicy':
      return admin.setComputerMinutes(w, 'Global Address Book Download Initial Delay', p.minutes, p.computer);
    case 'network':
      return world.setNetwork(w, p.computer, p.network);
    case 'time':
      return world.passTime(w, p.ms);
    case 'message':
      return world.sendMessage(w, p.from, p.to);
    case 'partner':
      return world.hasAccountAt(w, p.person, p.domain);
    case 'fault':
      return setFault(side.fake, p.id, p.on, p.args);
  }
}

/** What a scenario says is typed: the foreign address is text like any other. */
const typedText = (spec: TextSpec): TypedText => (spec.what === 'foreign address' ? { what: 'text', text: foreignAddress } : spec);

/** The When step of a primitive, written by the phrasebook. */
export function stepText(p: Primitive): string {
  if (p.t !== 'desktop') return worldEventSentence(p);
  const a = p.action;
  return desktopActionSentence(p.person, p.computer, a.kind === 'type' ? { ...a, text: typedText(a.text) } : a);
}

export { lyncStartMenuPath };
