import { lyncOnlineRecords } from '../../../src/fakes';
import type { SimWorld } from '../sim-world';

/** Faults in the fake world, each placed where it lives: a computer, an account, the tenant's service, DNS, a network. */

const account = (w: SimWorld, name: string) => w.fake.service.account(w.fake.person(name).address);

const dnsSeconds = 72 * 3_600_000;
export const removeDnsRecords = (w: SimWorld): void => w.fake.dns.removeDomain(w.fake.domain);
export function dnsStillPropagating(w: SimWorld): void {
  w.fake.dns.removeDomain(w.fake.domain);
  w.fake.dns.add(lyncOnlineRecords(w.fake.domain), dnsSeconds);
  w.fake.timeline.record(`the Lync DNS records of ${w.fake.domain} are added; they take up to 72 hours to reach everyone`);
}
export function restoreDnsRecords(w: SimWorld): void {
  w.fake.dns.add(lyncOnlineRecords(w.fake.domain));
  w.fake.timeline.record(`the administrator restores the Lync DNS records of ${w.fake.domain}`);
}

export function serversAnswering(w: SimWorld, answering: boolean): void {
  w.fake.service.faults.down = !answering;
  w.fake.timeline.record(answering ? 'the Lync Online servers answer again' : 'the Lync Online servers stop answering');
}
export function identityProvider(w: SimWorld, reachable: boolean): void {
  w.fake.service.faults.identityProviderDown = !reachable;
  w.fake.timeline.record(`the identity provider is ${reachable ? 'reachable again' : 'unreachable'}`);
}
export function rootCertificate(w: SimWorld, computer: string, installed: boolean): void {
  w.fake.computer(computer).missingRootCertificate = !installed;
  w.fake.timeline.record(`${computer} ${installed ? 'now has' : 'lacks'} the root certificate of the identity provider's chain`);
}
export function webServicesAt(w: SimWorld, host: string): void {
  w.fake.service.faults.webServicesHost = host;
}
export async function outage(w: SimWorld, on: boolean): Promise<void> {
  if (on) w.fake.service.startOutage();
  else w.fake.service.endOutage();
  await w.fake.settle();
}
export function clockOffset(w: SimWorld, computer: string, minutes: number): void {
  w.fake.computer(computer).clockOffsetMs = minutes * 60_000;
  w.fake.timeline.record(minutes === 0 ? `the clock of ${computer} is set right` : `the clock of ${computer} is ${minutes} minutes off`);
}

export function licensed(w: SimWorld, name: string, on: boolean): void {
  account(w, name).licensed = on;
  if (on) account(w, name).provisionedAt = w.fake.clock.now() + w.fake.provisioningMs;
  w.fake.timeline.record(`${name}'s account is ${on ? 'licensed for Lync Online (provisioning starts)' : 'not licensed for Lync Online'}`);
}
export function enabled(w: SimWorld, name: string, on: boolean): void {
  account(w, name).enabled = on;
  w.fake.timeline.record(`${name}'s account is ${on ? 'enabled' : 'not enabled'} for Lync`);
}
export function passwordExpired(w: SimWorld, name: string): void {
  account(w, name).passwordExpired = true;
  w.fake.timeline.record(`${name}'s password has expired`);
}
export function changePassword(w: SimWorld, name: string): void {
  w.fake.service.changePassword(w.fake.person(name).address, w.fake.newSecret(`${name}'s new password`));
  account(w, name).passwordExpired = false;
}
export function exchangePrompts(w: SimWorld, name: string, times: number): void {
  account(w, name).exchangePromptsLeft = times;
}
export const renameAddress = (w: SimWorld, name: string, address: string): void => void w.fake.renamePerson(name, address);

export function damagedCertificate(w: SimWorld, name: string, computer: string): void {
  w.fake.computer(computer).profile(w.fake.person(name).windowsUser).cache.corruptCertificate(w.fake.person(name).address);
}
export function retiredEndpoint(w: SimWorld, name: string, computer: string): void {
  w.fake
    .computer(computer)
    .profile(w.fake.person(name).windowsUser)
    .cache.setEndpoint(w.fake.person(name).address, 'sippoolbl20a03.infra.lync.com');
  w.fake.timeline.record(`the front end cached for ${name} on ${computer} is retired`);
}

export const outdatedVersion = '15.0.4420.1017';
export function outdatedClient(w: SimWorld, name: string, computer: string): void {
  w.fake.computer(computer).profile(w.fake.person(name).windowsUser).installedVersion = outdatedVersion;
  w.fake.service.faults.unsupportedVersions = [outdatedVersion];
}
export function filePac(w: SimWorld, computer: string, on: boolean): void {
  w.fake.computer(computer).filePac = on;
  w.fake.timeline.record(`${computer}'s proxy is set by ${on ? 'a file:// PAC script' : 'a PAC script served over HTTP'}`);
}
export function firewallBlocks(w: SimWorld, blocks: boolean): void {
  if (blocks) w.fake.network.blockedOn.add('organization');
  else w.fake.network.blockedOn.delete('organization');
  w.fake.timeline.record(
    blocks ? "the organization's firewall blocks Lync Online" : "the organization's firewall lets Lync Online through",
  );
}
export function slowAnswers(w: SimWorld, ms: number): void {
  w.fake.network.slowByMs = ms;
}
export function autoRetry(w: SimWorld, on: boolean): void {
  w.fake.assumptions = { ...w.fake.assumptions, signInAutoRetry: on };
}
