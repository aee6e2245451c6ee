import type { Availability } from '../../simulator';
import * as see from '../checks/federation-checks';
import * as world from '../tasks/world-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

/** Issue 21: people of another organization, and what Lync Online's federation edge lets pass between the two. */
export const federationPhrases: readonly Phrase[] = [
  phrase('federation.has-account-at', 'Given', '{person} has an Office 365 account at {domain}', (stage: Stage, p: string, d: string) =>
    world.hasAccountAt(stage, p, d),
  ),
  phrase(
    'federation.edge-routed-presence',
    'Then',
    "Lync Online's federation edge routed {person}'s request for the presence of {person}",
    (stage: Stage, from: string, to: string) => see.federationRecord(stage, 'presence', from, to, null),
  ),
  phrase(
    'federation.edge-refused-presence',
    'Then',
    "Lync Online's federation edge refused {person}'s request for the presence of {person}: {string}",
    (stage: Stage, from: string, to: string, reason: string) => see.federationRecord(stage, 'presence', from, to, reason),
  ),
  phrase(
    'federation.edge-refused-presence-of-address',
    'Then',
    "Lync Online's federation edge refused {person}'s request for the presence of {string}: {string}",
    (stage: Stage, from: string, to: string, reason: string) => see.federationRecord(stage, 'presence', from, to, reason),
  ),
  phrase(
    'federation.edge-routed-message',
    'Then',
    "Lync Online's federation edge routed the instant message from {person} to {person}",
    (stage: Stage, from: string, to: string) => see.federationRecord(stage, 'instant message', from, to, null),
  ),
  phrase(
    'federation.edge-refused-message',
    'Then',
    "Lync Online's federation edge refused the instant message from {person} to {person}: {string}",
    (stage: Stage, from: string, to: string, reason: string) => see.federationRecord(stage, 'instant message', from, to, reason),
  ),
  phrase(
    'federation.lync-shows-contact-address-as',
    'Then',
    "{person}'s Lync on {computer} shows the contact {string} as {presence}",
    (stage: Stage, p: string, c: string, address: string, s: Availability) => see.contactAddressShown(stage, p, c, address, s),
  ),
];
