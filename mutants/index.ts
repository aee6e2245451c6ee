import type { ClientParts } from '../src/runtime/reference-client';
import { addressBookMutants } from './address-book-mutants';
import { administrationMutants } from './administration-mutants';
import { cacheMutants } from './cache-mutants';
import { contactMutants } from './contact-mutants';
import { outlookMutants } from './outlook-mutants';
import { conversationHistoryMutants } from './conversation-history-mutants';
import { diagnosticsMutants } from './diagnostics-mutants';
import { exchangeMutants } from './exchange-mutants';
import { federationMutants } from './federation-mutants';
import { dnsMutants } from './dns-mutants';
import { detailMutants } from './detail-mutants';
import { explorationOnlyMutants } from './exploration-only-mutants';
import { leavingMutants } from './leaving-mutants';
import type { Mutant } from './mutant';
import { installationMutants } from './installation-mutants';
import { generalOptionsMutants } from './general-options-mutants';
import { messageMutants, presenceMutants } from './presence-mutants';
import { sdkMutants } from './sdk-mutants';
import { sessionMutants } from './session-mutants';
import { startupMutants } from './startup-mutants';
import { troubleshootingMutants } from './troubleshooting-mutants';
import { transportMutants } from './transport-mutants';
import { proxyMutants } from './proxy-mutants';

/** The suite-strength set: every one must be caught by the features while the reference passes them all. */
export const mutants: readonly Mutant[] = [
  ...startupMutants,
  ...leavingMutants,
  ...cacheMutants,
  ...troubleshootingMutants,
  ...dnsMutants,
  ...administrationMutants,
  ...presenceMutants,
  ...installationMutants,
  ...sessionMutants,
  ...messageMutants,
  ...diagnosticsMutants,
  ...exchangeMutants,
  ...detailMutants,
  ...transportMutants,
  ...generalOptionsMutants,
  ...addressBookMutants,
  ...contactMutants,
  ...outlookMutants,
  ...conversationHistoryMutants,
  ...federationMutants,
  ...sdkMutants,
  ...proxyMutants,
];

/**
 * Mutants every written scenario passes and only exploration catches (src/explore). `npm run test:mutants` and the
 * browser and external mutant runs skip them; scripts/check-exploration-mutants.js shows each is caught by exploration.
 * When a written scenario starts catching one, it moves to the table above and another takes its place.
 */
export const explorationMutants: readonly Mutant[] = [...explorationOnlyMutants];

export const allMutants: readonly Mutant[] = [...mutants, ...explorationMutants];

/** The client parts for SIGNIN_MUTANT, or undefined for the reference client. */
export function mutantParts(name: string | undefined): ClientParts | undefined {
  if (!name) return undefined;
  const m = allMutants.find((x) => x.name === name);
  if (!m) throw new Error(`Unknown mutant "${name}"; known: ${allMutants.map((x) => x.name).join(', ')}`);
  return m.parts;
}
