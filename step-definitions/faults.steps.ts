import { Given, When } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as fault from './support/tasks/fault-tasks';

Given('the Lync DNS records of the domain are missing', function (this: SimWorld) {
  return fault.removeDnsRecords(this);
});
Given('the Lync DNS records of the domain were just added and are still propagating', function (this: SimWorld) {
  return fault.dnsStillPropagating(this);
});
When('the administrator restores the Lync DNS records of the domain', function (this: SimWorld) {
  return fault.restoreDnsRecords(this);
});
Given('the Lync Online servers are not answering', function (this: SimWorld) {
  return fault.serversAnswering(this, false);
});
When('the Lync Online servers answer again', function (this: SimWorld) {
  return fault.serversAnswering(this, true);
});
Given('the identity provider cannot be reached', function (this: SimWorld) {
  return fault.identityProvider(this, false);
});
When('the identity provider is reachable again', function (this: SimWorld) {
  return fault.identityProvider(this, true);
});
Given("{computer} lacks the root certificate of the identity provider's certificate chain", function (this: SimWorld, c: string) {
  return fault.rootCertificate(this, c, false);
});
When('the trusted root certificate is installed on {computer}', function (this: SimWorld, c: string) {
  return fault.rootCertificate(this, c, true);
});
Given('Autodiscover sends Lync to web services at {string}', function (this: SimWorld, host: string) {
  return fault.webServicesAt(this, host);
});
When('Lync Online has an outage', function (this: SimWorld) {
  return fault.outage(this, true);
});
When('Lync Online is restored', function (this: SimWorld) {
  return fault.outage(this, false);
});
Given('the clock of {computer} is {int} minutes fast', function (this: SimWorld, c: string, m: number) {
  return fault.clockOffset(this, c, m);
});
Given('the clock of {computer} is {int} minutes slow', function (this: SimWorld, c: string, m: number) {
  return fault.clockOffset(this, c, -m);
});
When('the clock of {computer} is set right', function (this: SimWorld, c: string) {
  return fault.clockOffset(this, c, 0);
});
When('Autodiscover sends Lync to the web services of Lync Online', function (this: SimWorld) {
  return fault.usualWebServices(this);
});
When('sign-in auto-retry is turned on in Lync', function (this: SimWorld) {
  return fault.autoRetry(this, true);
});
When('{person} sets the clock of {computer} right', function (this: SimWorld, _p: string, c: string) {
  return fault.clockOffset(this, c, 0);
});
Given("{person}'s account is not licensed for Lync Online", function (this: SimWorld, p: string) {
  return fault.licensed(this, p, false);
});
Given("{person}'s account was licensed just now and is still being provisioned", function (this: SimWorld, p: string) {
  return fault.licensed(this, p, true);
});
When('the administrator licenses {person} for Lync Online', function (this: SimWorld, p: string) {
  return fault.licensed(this, p, true);
});
Given("{person}'s account is not enabled for Lync", function (this: SimWorld, p: string) {
  return fault.enabled(this, p, false);
});
When('the administrator enables {person} for Lync', function (this: SimWorld, p: string) {
  return fault.enabled(this, p, true);
});
Given("{person}'s password has expired", function (this: SimWorld, p: string) {
  return fault.passwordExpired(this, p);
});
When('{person} changes her/his password on the Office 365 portal', function (this: SimWorld, p: string) {
  return fault.changePassword(this, p);
});
Given('{person} changed her/his password on another device', function (this: SimWorld, p: string) {
  return fault.changePassword(this, p);
});
When("the support desk resets {person}'s password", function (this: SimWorld, p: string) {
  return fault.changePassword(this, p);
});
Given('the Exchange connection will ask {person} for credentials {int} times', function (this: SimWorld, p: string, n: number) {
  return fault.exchangePrompts(this, p, n);
});
Given("{person}'s sign-in address was changed to {string}", function (this: SimWorld, p: string, address: string) {
  return fault.renameAddress(this, p, address);
});
Given('the certificate cached for {person} on {computer} is damaged', function (this: SimWorld, p: string, c: string) {
  return fault.damagedCertificate(this, p, c);
});
Given('the front end cached for {person} on {computer} has been retired', function (this: SimWorld, p: string, c: string) {
  return fault.retiredEndpoint(this, p, c);
});
Given(
  'the Lync installed for {person} on {computer} is a version the service no longer accepts',
  function (this: SimWorld, p: string, c: string) {
    return fault.outdatedClient(this, p, c);
  },
);
Given('the proxy of {computer} is set by a file-based PAC script', function (this: SimWorld, c: string) {
  return fault.filePac(this, c, true);
});
When('the proxy of {computer} is changed to a PAC script served over HTTP', function (this: SimWorld, c: string) {
  return fault.filePac(this, c, false);
});
When('the proxy of {computer} is changed to Automatically detect settings with WPAD', function (this: SimWorld, c: string) {
  return fault.filePac(this, c, false);
});
Given('the {string} DNS record of the domain is missing', function (this: SimWorld, record: string) {
  return fault.removeDnsRecord(this, record);
});
Given('msRTCSIP-UserEnabled of {person} is FALSE in the on-premises Active Directory', function (this: SimWorld, p: string) {
  return fault.userEnabledOnPremises(this, p, false);
});
When(
  'the administrator sets msRTCSIP-UserEnabled of {person} to TRUE on premises and forces a directory synchronization',
  function (this: SimWorld, p: string) {
    return fault.userEnabledOnPremises(this, p, true);
  },
);
Given(
  "the Sign-In Assistant's traffic does not go through the TMG firewall client on the organization's network",
  function (this: SimWorld) {
    return fault.signInAssistantThroughTmg(this, false);
  },
);
When('the administrator adds an application entry for msoidsvc to the TMG client settings', function (this: SimWorld) {
  return fault.signInAssistantThroughTmg(this, true);
});
Given("the organization's firewall blocks Lync Online", function (this: SimWorld) {
  return fault.firewallBlocks(this, true);
});
When('the firewall is opened for the ports the Transport Reliability IP Probe reported', function (this: SimWorld) {
  return fault.firewallBlocks(this, false);
});
Given("the organization's firewall blocks SIP over TLS and allows HTTP", function (this: SimWorld) {
  return fault.sipTlsBlocked(this, true);
});
When("the organization's firewall is opened for SIP over TLS", function (this: SimWorld) {
  return fault.sipTlsBlocked(this, false);
});
Given('answers from Lync Online take {duration}', function (this: SimWorld, ms: number) {
  return fault.slowAnswers(this, ms);
});
Given('sign-in auto-retry is turned off in Lync', function (this: SimWorld) {
  return fault.autoRetry(this, false);
});
Given('idle time and the lock replace a presence chosen by hand in Lync', function (this: SimWorld) {
  return fault.switchFault(this, 'idle-replaces-choice', true);
});
Given('a presence chosen by hand holds through idle time and the lock in Lync', function (this: SimWorld) {
  return fault.switchFault(this, 'idle-replaces-choice', false);
});
When('logging in Lync is turned off for {person} on {computer}', function (this: SimWorld, p: string, c: string) {
  return fault.loggingOff(this, p, c);
});
