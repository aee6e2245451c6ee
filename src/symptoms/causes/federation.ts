import { said } from '../step-pattern';
import type { CauseDefinition } from '../cause-definition';

/** The article's words for the setting, as the Lync Online admin center lays it out. */
const setting = 'Organization > External communications in the Lync Online admin center';

/**
 * Another organization (issue 21): what keeps federation from carrying presence and instant messages to people of
 * another company (cannot-communicate-with-external-contacts.md scopes it by how many external contacts are affected:
 * one domain, or all of them), and an address that changed under external contacts (KB 2537764).
 */
export const federationCauses: readonly CauseDefinition[] = [
  {
    id: 'federation-record-missing',
    title: "An organization's domain has no federation SRV record (_sipfederationtls._tcp), so Lync Online cannot route to it",
    fault: 'federation-record-missing',
    sources: ['SA-external-contacts', 'S14', 'KB 2566829'],
    confirm:
      'Look up the SRV record _sipfederationtls._tcp.<domain> of both domains (port 5061, target sipfed.online.lync.com), or run the Remote Connectivity Analyzer; without it every external contact of that domain is Presence Unknown, and when your own domain lacks it, all of them are.',
    fix: "The domain's administrator adds the SRV record at the DNS host (service _sipfederationtls, protocol _tcp, port 5061, target sipfed.online.lync.com); a DNS host that cannot hold SRV records must be changed.",
    shows: ['clientMessages.notFederated'],
  },
  {
    id: 'external-access-off',
    title: 'External communications are turned off in the Lync Online admin center of one of the two organizations',
    fault: 'external-access-off',
    sources: ['SA-external-contacts', 'KB 10041'],
    confirm: `Every external contact of every user is Presence Unknown and messages to them are not delivered; ${setting} shows external communications off (the other organization's administrator checks theirs too).`,
    fix: 'Turn external communications on (On except for blocked domains, or On only for allowed domains with the partner added), in both organizations; a change can take up to 24 hours to take effect.',
    shows: ['clientMessages.notFederated'],
  },
  {
    id: 'domain-blocked',
    title: "One organization's external communications block the other organization's domain",
    fault: 'domain-blocked',
    sources: ['SA-external-contacts', 'KB 10041'],
    confirm: `The people of one domain are Presence Unknown while other external contacts work; that domain is on the blocked domains list of ${setting}, on either side.`,
    fix: 'Remove the domain from the blocked domains (Blocked or allowed domains), on the side that blocks it.',
    shows: ['clientMessages.notFederated'],
  },
  {
    id: 'domain-not-allowed',
    title: "External communications are on only for allowed domains, and the other organization's domain is not among them",
    fault: 'domain-not-allowed',
    sources: ['SA-external-contacts', 'KB 10041'],
    confirm: `The people of one domain are Presence Unknown; ${setting} is set to On only for allowed domains and the partner's domain is not on the list.`,
    fix: "Add the partner's domain to the allowed domains (both administrators, where both allow only listed domains).",
    shows: ['clientMessages.notFederated'],
  },
  {
    id: 'old-address-at-external-contacts',
    title: "The user's sign-in address changed, and contacts in other organizations still hold the old one",
    fault: 'address-renamed',
    sources: ['KB 2537764'],
    confirm:
      "People in partner companies (external contacts, other federated organizations) still hold the user's old sign-in address, shown as Presence Unknown (or Offline), since the address changed; the new address finds the user.",
    fix: 'Tell external contacts the new address: they add it (and remove the old one) from their contact list.',
    fixedBy: [said('contacts.adds-in-lync')],
  },
];
