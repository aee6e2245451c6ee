import type { ClientState } from '../client-state';
import type { Availability } from './presence-types';

/**
 * What this client tells the service about its user, from the choice, the lock and idle time; null when not signed in.
 * A choice of Available is kept as null (automatic). Appear Away shows colleagues Away. Locking sets Away (NR-13); idle time sets Inactive, then Away (NR-12).
 */
export function ownAvailability(state: ClientState): Availability | null {
  if (state.phase !== 'signedIn') return null;
  const { choice, locked, activity } = state.presence;
  const holds = state.config.assumptions.manualPresenceHoldsWhenIdle;
  if (choice !== null && (holds || (!locked && activity === 'active'))) return choice === 'Appear Away' ? 'Away' : choice;
  if (locked || activity === 'away') return 'Away';
  return activity === 'inactive' ? 'Inactive' : 'Available';
}
