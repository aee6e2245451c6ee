import { referenceParts } from '../src/runtime/reference-client';
import type { ClientView, ControlView } from '../src/simulator';
import type { Mutant } from './mutant';
import { rewriting, without } from './mutant';

const isPublish = (e: { type: string; request?: { kind: string } }): boolean => e.type === 'net.request' && e.request?.kind === 'publish';

/** NR-07 broken in what the client draws: contacts keep their last presence while the connection is lost. */
const staleContacts: Mutant = {
  name: 'contacts-stale-while-disconnected',
  breaks: 'NR-07: contacts keep their last known presence while the connection is lost',
  parts: {
    ...referenceParts,
    view: (state): ClientView => {
      const drawn = referenceParts.view(state);
      if (state.phase !== 'reconnecting') return drawn;
      const fix = (c: ControlView): ControlView => {
        const address = c.name.startsWith('Contact ') ? c.name.slice('Contact '.length) : null;
        const known = address ? state.presence.contacts[address] : undefined;
        return c.kind === 'label' && known ? { ...c, text: known } : c;
      };
      return { ...drawn, windows: drawn.windows.map((w) => ({ ...w, controls: w.controls.map(fix) })) };
    },
  },
};

/** Mutants of presence (NR-07, NR-12, NR-13, NR-14) and of colleagues and messages. */
export const presenceMutants: readonly Mutant[] = [
  rewriting('lock-keeps-available', 'NR-13: locking Windows leaves the user Available', (_before, event, after) =>
    event.type === 'os.sessionLocked' ? without(after, isPublish) : after,
  ),
  rewriting('idle-never-inactive', 'NR-12: idle time never makes the user Inactive', (before, event, after) =>
    event.type === 'timer.fired' && event.name === 'presence idle' ? { state: before, effects: [] } : after,
  ),
  rewriting('input-does-not-return', 'NR-12: moving the mouse does not bring the user back to Available', (before, event, after) =>
    event.type === 'os.userInput' ? { state: before, effects: [] } : after,
  ),
  rewriting('status-options-ignored', 'NR-12: the idle minutes of Options > Status are not used', (before, _event, after) =>
    before.dialog?.kind === 'options' && after.state.dialog === null
      ? { ...after, state: { ...after.state, presence: before.presence } }
      : after,
  ),
  rewriting('presence-menu-ignored', 'The presence menu changes nothing', (before, event, after) =>
    event.type === 'user.menu' && event.menu === 'Presence' ? { state: before, effects: [] } : after,
  ),
  rewriting('appear-away-publishes-available', 'Appear Away shows colleagues Available', (_before, event, after) =>
    event.type === 'user.menu' && event.menu === 'Presence' && event.path[0] === 'Appear Away'
      ? {
          state: after.state,
          effects: after.effects.map((e) =>
            e.type === 'net.request' && e.request.kind === 'publish' ? { ...e, request: { ...e.request, availability: 'Available' } } : e,
          ),
        }
      : after,
  ),
  rewriting('sign-in-publishes-away', 'NR-14: after signing in, colleagues see Away instead of Available', (before, _event, after) =>
    before.phase !== 'signedIn' && after.state.phase === 'signedIn' && after.state.session
      ? {
          state: after.state,
          effects: [
            ...after.effects,
            {
              type: 'net.request',
              requestId: after.state.nextRequestId,
              request: {
                kind: 'publish',
                host: after.state.session.endpoint,
                sessionId: after.state.session.id,
                availability: 'Away',
                byUser: false,
              },
            },
          ],
        }
      : after,
  ),
  staleContacts,
  rewriting('contacts-never-updated', "A colleague's Lync never shows changes of its contacts' presence", (before, event, after) =>
    event.type === 'service.presence' && Object.keys(before.presence.contacts).length > 0 ? { state: before, effects: [] } : after,
  ),
  rewriting('no-alert-while-away', 'Instant messages raise no alert while the user is Away', (before, _event, after) =>
    before.presence.published === 'Away' ? without(after, (e) => e.type === 'desktop.alert') : after,
  ),
];

/** Instant messages: the sender's Lync says nothing when the recipient is offline. */
export const messageMutants: readonly Mutant[] = [
  rewriting('sender-not-told', 'messageToOffline: the sender learns nothing of an undelivered message', (before, event, after) =>
    event.type === 'service.notDelivered' ? { state: before, effects: [] } : after,
  ),
];
