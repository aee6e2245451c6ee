import type { CauseDefinition } from './cause-definition';
import { accountCauses } from './causes/account';
import { computerCauses } from './causes/computer';
import { dnsAndServiceCauses } from './causes/dns-and-service';
import { federationCauses } from './causes/federation';
import { networkCauses } from './causes/network';
import { proxyCauses } from './causes/proxies';
import { settingsAndPolicyCauses } from './causes/settings-and-policy';
import { phraseIdsOf, turnedOff, turnedOn, type StepPattern } from './step-pattern';

export type { CauseDefinition } from './cause-definition';
/** For readers of the causes (the playground): whether a step sets a cause up, and the phrases of a fault switch. */
export { matches, switchPhrases } from './step-pattern';

/** The documented causes behind the symptoms, one definition each, by where they live (causes/<area>.ts). */
export const causes: readonly CauseDefinition[] = [
  ...dnsAndServiceCauses,
  ...networkCauses,
  ...proxyCauses,
  ...computerCauses,
  ...accountCauses,
  ...settingsAndPolicyCauses,
  ...federationCauses,
];

/** The steps that set a cause up: its own, or for a fault cause every phrase that turns its switch on. */
export const setUpOf = (c: CauseDefinition): readonly StepPattern[] => c.setUp ?? (c.fault === null ? [] : [turnedOn(c.fault)]);

/**
 * The steps that fix a cause: its own, and for a fault cause set up by its switch every phrase that turns it off (a
 * one-shot switch, such as a renamed address, has none).
 */
export function fixedByOf(c: CauseDefinition): readonly StepPattern[] {
  const off = c.setUp === undefined && c.fault !== null ? turnedOff(c.fault) : null;
  return [...(c.fixedBy ?? []), ...(off && phraseIdsOf(off).length > 0 ? [off] : [])];
}
