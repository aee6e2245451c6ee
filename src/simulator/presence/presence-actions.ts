import type { ClientEffect } from '../client-effect';
import type { ClientState } from '../client-state';
import { result, stay, type StepResult } from '../step-result';
import { ownAvailability } from './own-availability';
import { awayTimer, idleTimer, resetStatus, type Availability, type PresenceChoice, type PresenceState } from './presence-types';

const withPresence = (state: ClientState, patch: Partial<PresenceState>): ClientState => ({
  ...state,
  presence: { ...state.presence, ...patch },
});

/** Tells the service when what colleagues should see has changed since the last publication. */
export function publish(r: StepResult): StepResult {
  const state = r.state;
  const now = ownAvailability(state);
  if (now === null || now === state.presence.published || state.session === null) return r;
  const requestId = state.nextRequestId;
  const effect: ClientEffect = {
    type: 'net.request',
    requestId,
    request: {
      kind: 'publish',
      host: state.session.endpoint,
      sessionId: state.session.id,
      availability: now,
      byUser: state.presence.choice !== null,
    },
  };
  return { state: withPresence({ ...state, nextRequestId: requestId + 1 }, { published: now }), effects: [...r.effects, effect] };
}

const idleTimers = (state: ClientState): ClientEffect[] => [
  { type: 'timer.clear', name: awayTimer },
  { type: 'timer.set', name: idleTimer, ms: state.presence.inactiveMinutes * 60_000 },
];

/**
 * Sign-in completed (or the connection came back): the service starts from Available; idle time counts from now.
 * Activity is already 'active': sign-out resets it and no idle timer runs while signed out.
 */
export function presenceAfterSignIn(r: StepResult): StepResult {
  const state = withPresence(r.state, { published: 'Available' });
  return publish({ state, effects: [...r.effects, ...idleTimers(state)] });
}

/**
 * Sign-out, exit or a lost connection: nothing published any more; the idle timers stop. A lost connection keeps the
 * choice and the contacts (NR-07 shows them as unknown until it comes back); otherwise the next person to sign in at
 * this Lync starts from nothing of this one's (MU-06).
 */
export function presenceAfterSignOut(r: StepResult, lost = false): StepResult {
  const kept = lost ? {} : { choice: null, contacts: {} };
  return {
    state: withPresence(r.state, { published: null, activity: 'active', ...kept }),
    effects: [...r.effects, { type: 'timer.clear', name: idleTimer }, { type: 'timer.clear', name: awayTimer }],
  };
}

/**
 * Keyboard or mouse input (NR-12: activity returns the user to Available); the idle count starts again.
 * Windows takes no input on a locked session, so none arrives while locked.
 */
export function onInput(state: ClientState): StepResult {
  if (state.phase !== 'signedIn') return stay(state);
  const next = withPresence(state, { activity: 'active' });
  return publish(result(next, ...idleTimers(next)));
}

/**
 * NR-13: locking sets Away; unlocking is using the computer again, back to Available. Signed in throughout.
 * The idle timers may run on while locked: locked is Away whatever the idle time, and unlocking restarts them.
 */
export function onLock(state: ClientState, locked: boolean): StepResult {
  const next = withPresence(state, { locked, activity: 'active' });
  if (state.phase !== 'signedIn') return stay(next);
  return publish(locked ? stay(next) : result(next, ...idleTimers(next)));
}

/** NR-12: the idle timer fired (Inactive), then the Inactive timer (Away). They run only while signed in. */
export function onPresenceTimer(state: ClientState, name: string): StepResult {
  if (name === idleTimer)
    return publish(
      result(withPresence(state, { activity: 'inactive' }), {
        type: 'timer.set',
        name: awayTimer,
        ms: state.presence.awayMinutes * 60_000,
      }),
    );
  return publish(stay(withPresence(state, { activity: 'away' })));
}

/** The user picks an item of the presence menu (only offered while signed in). */
export function choosePresence(state: ClientState, item: string): StepResult {
  if (state.phase !== 'signedIn') return stay(state);
  if (item === resetStatus) return publish(stay(withPresence(state, { choice: null })));
  const choice = state.config.assumptions.presenceChoices.find((c) => c === item);
  if (choice === undefined) return stay(state);
  return publish(stay(withPresence(state, { choice: choice === 'Available' ? null : (choice as PresenceChoice) })));
}

/** The service pushed a contact's presence. */
export function onContactPresence(state: ClientState, address: string, availability: Availability): StepResult {
  return stay(withPresence(state, { contacts: { ...state.presence.contacts, [address.toLowerCase()]: availability } }));
}
