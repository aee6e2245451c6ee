import { faultArgsWords, type FaultArgs, type NetworkName } from '../../fakes';
import { faultSentence } from '../fault-sentence';
import { durationText } from './duration-text';
import { networkName } from './network-name';
import { sentence } from './sentence';

/** Something that happens outside Lync's windows: to Windows, a computer, the network, time, a colleague or a fault switch. */
export type WorldEvent =
  | {
      readonly t:
        | 'logOn'
        | 'logOff'
        | 'lock'
        | 'unlock'
        | 'reinstall'
        | 'removeCache'
        | 'deleteSipFolder'
        | 'input'
        | 'switchUser'
        | 'switchBack'
        | 'flushDns'
        | 'sdkStart'
        | 'sdkSignOut'
        | 'shutDown';
      readonly person: string;
      readonly computer: string;
    }
  | { readonly t: 'sleep' | 'wake' | 'hibernate' | 'resumeFromHibernation' | 'startUp'; readonly computer: string }
  | { readonly t: 'contact'; readonly owner: string; readonly contact: string }
  | { readonly t: 'leftoverServers'; readonly person: string; readonly computer: string; readonly server: string }
  /** FS-15: the Lync Server policy GalDownloadInitialDelay set on a computer (it changes nothing with Lync Online). */
  | { readonly t: 'delayPolicy'; readonly computer: string; readonly minutes: number }
  /** KB 2436962: Outlook 2013 installed on a computer; a mail profile added for an address; a profile made the default. */
  | { readonly t: 'installOutlook'; readonly computer: string }
  | { readonly t: 'outlookProfile'; readonly person: string; readonly computer: string; readonly profile: string; readonly address: string }
  | { readonly t: 'outlookDefault'; readonly person: string; readonly computer: string; readonly profile: string }
  | { readonly t: 'network'; readonly computer: string; readonly network: NetworkName }
  | { readonly t: 'time'; readonly ms: number }
  | { readonly t: 'message'; readonly from: string; readonly to: string }
  /** Issue 21: a person of another organization gets an Office 365 account there. */
  | { readonly t: 'partner'; readonly person: string; readonly domain: string }
  | { readonly t: 'fault'; readonly id: string; readonly on: boolean; readonly args: FaultArgs };

const personOnComputer: Record<
  Exclude<Extract<WorldEvent, { person: string; computer: string }>['t'], 'outlookProfile' | 'outlookDefault'>,
  string
> = {
  logOn: 'world.logs',
  logOff: 'world.logs-off',
  lock: 'world.locks',
  unlock: 'world.unlocks',
  reinstall: 'lync.administrator-reinstalls-lync-office-365-portal',
  removeCache: 'administration.support-desk-removes-lync-cache-hand',
  deleteSipFolder: 'administration.support-desk-deletes-sip-folder',
  input: 'presence.moves-mouse',
  switchUser: 'session.logs-through-switch-user',
  switchBack: 'session.switches-back-session',
  flushDns: 'diagnostics.runs-ipconfig-flushdns',
  sdkStart: 'sdk.starts-application-uses-lync-sdk',
  sdkSignOut: 'sdk.lync-sdk-application-signs-out',
  shutDown: 'session.shuts-down',
  leftoverServers: 'administration.advanced-connection-settings-are-automatic-left-both',
};
const computerOnly = {
  sleep: 'session.goes-sleep',
  wake: 'session.wakes-up',
  hibernate: 'session.hibernates',
  resumeFromHibernation: 'session.resumes-from-hibernation',
  startUp: 'session.started-again',
} as const;

/** The step for a world event, in the current wording; a fault switch in its own words where it has them. */
export function worldEventSentence(e: WorldEvent): string {
  switch (e.t) {
    case 'sleep':
    case 'wake':
    case 'hibernate':
    case 'resumeFromHibernation':
    case 'startUp':
      return sentence(computerOnly[e.t], e.computer);
    case 'contact':
      return sentence('presence.has-contact-list', e.owner, e.contact);
    case 'leftoverServers':
      return sentence(personOnComputer[e.t], e.person, e.computer, e.server);
    case 'delayPolicy':
      return sentence('address-book.sets-delay-policy', e.minutes, e.computer);
    case 'installOutlook':
      return sentence('outlook.installed', e.computer);
    case 'outlookProfile':
      return sentence('outlook.adds-profile', e.person, e.profile, e.address, e.computer);
    case 'outlookDefault':
      return sentence('outlook.makes-default', e.person, e.profile, e.computer);
    case 'network':
      return e.network === 'offline'
        ? sentence('world.goes-offline', e.computer, networkName(e.network))
        : sentence('world.goes-on-network', e.computer, networkName(e.network));
    case 'time':
      return sentence('world.time-passes', durationText(e.ms));
    case 'message':
      return sentence('world.sends-instant-message', e.from, e.to);
    case 'partner':
      return sentence('federation.has-account-at', e.person, e.domain);
    case 'fault': {
      const own = faultSentence(e.id, e.on, e.args);
      if (own !== null) return own;
      const args = faultArgsWords(e.args);
      const on = e.on ? 'on' : 'off';
      return args ? sentence('dialog.fault-turned-2', e.id, on, args) : sentence('dialog.fault-turned', e.id, on);
    }
    default:
      return sentence(personOnComputer[e.t], e.person, e.computer);
  }
}
