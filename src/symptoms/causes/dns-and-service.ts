import { deletesSignInInfo } from './shared-steps';
import { said } from '../step-pattern';
import type { CauseDefinition } from '../cause-definition';

/** The domain's DNS and the Lync Online service: records, the identity provider, slow or absent answers. */
export const dnsAndServiceCauses: readonly CauseDefinition[] = [
  {
    id: 'dns-records-missing',
    title: "The Lync DNS records of the sign-in address's domain are missing",
    fault: 'dns-records-missing',
    sources: ['S7', 'S14', 'S8'],
    confirm:
      'Look up lyncdiscover.<domain> and the sip CNAME and SRV records; every user of the domain gets the message on every computer.',
    fix: 'The administrator adds the Lync Online DNS records (lyncdiscover, sip, _sip._tls, _sipfederationtls._tcp); configure Lync manually as a stopgap.',
  },
  {
    id: 'dns-record-missing',
    title: 'One of the Lync DNS records of the domain is missing',
    fault: 'dns-record-missing',
    sources: ['S14', 'S16', 'S17'],
    confirm:
      'Look up each record on its own: Lync tries lyncdiscoverinternal, lyncdiscover, the _sip._tls SRV record and the sip CNAME in that order and uses the first it finds; _sipfederationtls._tcp serves federation only.',
    fix: 'The administrator adds the missing record at the DNS host (S14 lists the four); sign-in fails only when none of the sign-in records is left.',
  },
  {
    id: 'dns-propagating',
    title: 'The DNS records of a new custom domain are still propagating',
    fault: 'dns-propagating',
    sources: ['S8', 'S9'],
    confirm: 'The records exist at the DNS host but some resolvers do not return them yet; they were added less than 72 hours ago.',
    fix: 'Wait: DNS changes take up to 72 hours to reach everyone, then sign in again.',
    fixedBy: [said('world.time-passes', '72 hours')],
  },
  {
    id: 'dns-client-cache',
    title: "The computer's DNS client cache still holds the answer from before the records were fixed",
    fault: 'dns-client-cache',
    sources: ['S10'],
    confirm:
      'ipconfig /displaydns on that computer still shows no record (or the old one) for lyncdiscover.<domain>; other computers sign in.',
    fix: 'Run ipconfig /flushdns on the computer, or wait until the cached answer expires.',
    fixedBy: [said('diagnostics.runs-ipconfig-flushdns')],
  },
  {
    id: 'servers-not-answering',
    title: 'The Lync Online servers do not answer',
    fault: 'servers-not-answering',
    sources: ['S7'],
    confirm: 'DNS resolves, but the servers do not answer; check Service health in the Office 365 admin center.',
    fix: 'Retry when the service answers again; configure Lync manually only as a temporary workaround.',
  },
  {
    id: 'outage',
    title: 'A Lync Online outage; afterwards certificates issued before it are refused',
    fault: 'outage',
    sources: ['S7', 'S17'],
    confirm: 'Usually every user of the tenant is affected at once; Service health in the admin center shows the incident.',
    fix: 'Wait for the service to be restored; where the certificate message follows, Delete my sign-in info and sign in with the password.',
    fixedBy: [deletesSignInInfo],
  },
  {
    id: 'exchange-unreachable',
    title: "Exchange Online's Autodiscover and EWS do not answer",
    fault: 'exchange-unreachable',
    sources: ['SA-exchange'],
    confirm:
      'Configuration Information shows no EWS URL and "EWS not fully initialized"; the EWS URL (https://outlook.office365.com/EWS/Exchange.asmx) does not open in a browser either.',
    fix: 'Nothing to do in Lync: it tries Exchange again by itself and the message goes once Exchange answers; check Service health for Exchange Online.',
  },
  {
    id: 'identity-provider-down',
    title: 'The identity provider (AD FS or Azure AD) cannot be reached',
    fault: 'identity-provider-down',
    sources: ['S7'],
    confirm: 'Users of the federated domain cannot sign in to the Office 365 portal either; check the AD FS servers.',
    fix: 'The administrator brings AD FS back; Lync retries by itself every 30 seconds.',
  },
  {
    id: 'web-services-elsewhere',
    title: "Autodiscover sends Lync to web services outside the sign-in address's domain",
    fault: 'web-services-elsewhere',
    sources: ['S16', 'S8'],
    confirm: 'The server named in the prompt is not under the SIP domain nor in the trusted domain list.',
    fix: 'Tick "Always trust this server" and click Connect, or deploy the Trusted Domain List policy with the domain added.',
    fixedBy: [said('lync.ticks-always-trust-this-server-clicks-connect')],
  },
  {
    id: 'slow-answers',
    title: 'Answers from Lync Online are slow (bandwidth or server load)',
    fault: 'slow-answers',
    sources: ['S20'],
    confirm: 'The signing-in screen stays; the network is slow for other services too. It cannot be fixed at the client.',
    fix: 'Wait, or cancel by signing out; improve the link.',
    fixedBy: [said('lync.chooses-options-button', null, 'File > Sign Out')],
  },
];
