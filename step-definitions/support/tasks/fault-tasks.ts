import { parseFaultArgs, setFault } from '../../../src/fakes';
import type { SimWorld } from '../sim-world';

/**
 * Faults in the fake world, each a switch registered once in src/fakes/faults (where it lives, its catalog IDs and
 * parameters); these tasks only name the switch and its arguments in the words of the steps.
 */

export const removeDnsRecords = (w: SimWorld) => setFault(w.fake, 'dns-records-missing', true);
export const dnsStillPropagating = (w: SimWorld) => setFault(w.fake, 'dns-propagating', true);
export const restoreDnsRecords = (w: SimWorld) => setFault(w.fake, 'dns-records-missing', false);
export const serversAnswering = (w: SimWorld, answering: boolean) => setFault(w.fake, 'servers-not-answering', !answering);
export const identityProvider = (w: SimWorld, reachable: boolean) => setFault(w.fake, 'identity-provider-down', !reachable);
export const rootCertificate = (w: SimWorld, computer: string, installed: boolean) =>
  setFault(w.fake, 'missing-root-certificate', !installed, { computer });
export const webServicesAt = (w: SimWorld, host: string) => setFault(w.fake, 'web-services-elsewhere', true, { host });
export const usualWebServices = (w: SimWorld) => setFault(w.fake, 'web-services-elsewhere', false);
export const outage = (w: SimWorld, on: boolean) => setFault(w.fake, 'outage', on);
export const clockOffset = (w: SimWorld, computer: string, minutes: number) =>
  setFault(w.fake, 'clock-off', minutes !== 0, { computer, minutes });

export const licensed = (w: SimWorld, person: string, on: boolean) => setFault(w.fake, 'unlicensed', !on, { person });
export const enabled = (w: SimWorld, person: string, on: boolean) => setFault(w.fake, 'not-enabled', !on, { person });
export const passwordExpired = (w: SimWorld, person: string) => setFault(w.fake, 'password-expired', true, { person });
export const changePassword = (w: SimWorld, person: string) => setFault(w.fake, 'password-changed', true, { person });
export const exchangePrompts = (w: SimWorld, person: string, times: number) =>
  setFault(w.fake, 'exchange-prompts', true, { person, times });
export const renameAddress = (w: SimWorld, person: string, address: string) =>
  setFault(w.fake, 'address-renamed', true, { person, address });

export const damagedCertificate = (w: SimWorld, person: string, computer: string) =>
  setFault(w.fake, 'damaged-certificate', true, { person, computer });
export const retiredEndpoint = (w: SimWorld, person: string, computer: string) =>
  setFault(w.fake, 'retired-front-end', true, { person, computer });
export const outdatedClient = (w: SimWorld, person: string, computer: string) =>
  setFault(w.fake, 'unsupported-version', true, { person, computer });
export const filePac = (w: SimWorld, computer: string, on: boolean) => setFault(w.fake, 'file-pac', on, { computer });
export const firewallBlocks = (w: SimWorld, blocks: boolean) => setFault(w.fake, 'firewall-blocks', blocks);
export const sipTlsBlocked = (w: SimWorld, blocked: boolean) => setFault(w.fake, 'sip-tls-blocked', blocked);
export const singleSignOn = (w: SimWorld, on: boolean) => setFault(w.fake, 'single-sign-on', on);
export const domainAccount = (w: SimWorld, person: string, computer: string, on: boolean) =>
  setFault(w.fake, 'domain-account', on, { person, computer });
export const slowAnswers = (w: SimWorld, milliseconds: number) => setFault(w.fake, 'slow-answers', milliseconds > 0, { milliseconds });
export const autoRetry = (w: SimWorld, on: boolean) => setFault(w.fake, 'auto-retry-off', !on);
export const closedTaskbarButton = (w: SimWorld, kept: boolean) => setFault(w.fake, 'closed-lync-leaves-taskbar', !kept);
export const loggingOff = (w: SimWorld, person: string, computer: string) => setFault(w.fake, 'logging-on', false, { person, computer });

/** Any registered switch by its id, with its arguments written "computer=PC1, minutes=6" (scenarios written by exploration). */
export const switchFault = (w: SimWorld, id: string, on: boolean, args = '') => setFault(w.fake, id, on, parseFaultArgs(args));
export const removeDnsRecord = (w: SimWorld, record: string) => setFault(w.fake, 'dns-record-missing', true, { record });
export const userEnabledOnPremises = (w: SimWorld, person: string, on: boolean) =>
  setFault(w.fake, 'not-enabled-on-premises', !on, { person });
export const signInAssistantThroughTmg = (w: SimWorld, through: boolean) => setFault(w.fake, 'msoidsvc-bypasses-tmg', !through);
