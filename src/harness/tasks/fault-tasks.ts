import { parseFaultArgs, setFault } from '../../fakes';
import type { Stage } from '../stage';

/**
 * Faults in the fake world, each a switch registered once in src/fakes/faults (where it lives, its catalog IDs and
 * parameters); these tasks only name the switch and its arguments in the words of the steps.
 */

export const removeDnsRecords = (w: Stage) => setFault(w.fake, 'dns-records-missing', true);
export const dnsStillPropagating = (w: Stage) => setFault(w.fake, 'dns-propagating', true);
export const restoreDnsRecords = (w: Stage) => setFault(w.fake, 'dns-records-missing', false);
export const serversAnswering = (w: Stage, answering: boolean) => setFault(w.fake, 'servers-not-answering', !answering);
export const identityProvider = (w: Stage, reachable: boolean) => setFault(w.fake, 'identity-provider-down', !reachable);
export const rootCertificate = (w: Stage, computer: string, installed: boolean) =>
  setFault(w.fake, 'missing-root-certificate', !installed, { computer });
export const webServicesAt = (w: Stage, host: string) => setFault(w.fake, 'web-services-elsewhere', true, { host });
export const usualWebServices = (w: Stage) => setFault(w.fake, 'web-services-elsewhere', false);
export const outage = (w: Stage, on: boolean) => setFault(w.fake, 'outage', on);
export const clockOffset = (w: Stage, computer: string, minutes: number) =>
  setFault(w.fake, 'clock-off', minutes !== 0, { computer, minutes });

export const licensed = (w: Stage, person: string, on: boolean) => setFault(w.fake, 'unlicensed', !on, { person });
export const enabled = (w: Stage, person: string, on: boolean) => setFault(w.fake, 'not-enabled', !on, { person });
export const passwordExpired = (w: Stage, person: string) => setFault(w.fake, 'password-expired', true, { person });
export const changePassword = (w: Stage, person: string) => setFault(w.fake, 'password-changed', true, { person });
export const exchangePrompts = (w: Stage, person: string, times: number) => setFault(w.fake, 'exchange-prompts', true, { person, times });
export const renameAddress = (w: Stage, person: string, address: string) => setFault(w.fake, 'address-renamed', true, { person, address });

export const damagedCertificate = (w: Stage, person: string, computer: string) =>
  setFault(w.fake, 'damaged-certificate', true, { person, computer });
export const retiredEndpoint = (w: Stage, person: string, computer: string) =>
  setFault(w.fake, 'retired-front-end', true, { person, computer });
export const outdatedClient = (w: Stage, person: string, computer: string) =>
  setFault(w.fake, 'unsupported-version', true, { person, computer });
export const filePac = (w: Stage, computer: string, on: boolean) => setFault(w.fake, 'file-pac', on, { computer });
export const firewallBlocks = (w: Stage, blocks: boolean) => setFault(w.fake, 'firewall-blocks', blocks);
export const sipTlsBlocked = (w: Stage, blocked: boolean) => setFault(w.fake, 'sip-tls-blocked', blocked);
export const singleSignOn = (w: Stage, on: boolean) => setFault(w.fake, 'single-sign-on', on);
export const domainAccount = (w: Stage, person: string, computer: string, on: boolean) =>
  setFault(w.fake, 'domain-account', on, { person, computer });
export const slowAnswers = (w: Stage, milliseconds: number) => setFault(w.fake, 'slow-answers', milliseconds > 0, { milliseconds });
export const autoRetry = (w: Stage, on: boolean) => setFault(w.fake, 'auto-retry-off', !on);
export const closedTaskbarButton = (w: Stage, kept: boolean) => setFault(w.fake, 'closed-lync-leaves-taskbar', !kept);
export const loggingOff = (w: Stage, person: string, computer: string) => setFault(w.fake, 'logging-on', false, { person, computer });

/** Any registered switch by its id, with its arguments written "computer=PC1, minutes=6" (scenarios written by exploration). */
export const switchFault = (w: Stage, id: string, on: boolean, args = '') => setFault(w.fake, id, on, parseFaultArgs(args));
export const removeDnsRecord = (w: Stage, record: string) => setFault(w.fake, 'dns-record-missing', true, { record });
export const userEnabledOnPremises = (w: Stage, person: string, on: boolean) =>
  setFault(w.fake, 'not-enabled-on-premises', !on, { person });
export const signInAssistantThroughTmg = (w: Stage, through: boolean) => setFault(w.fake, 'msoidsvc-bypasses-tmg', !through);
