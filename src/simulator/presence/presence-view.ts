import type { ClientState } from '../client-state';
import type { ControlView } from '../client-view';
import { ownAvailability } from './own-availability';
import { resetStatus } from './presence-types';
import { contactLabels, shownContacts } from '../contact-list';
import { conversationLabels } from '../conversation';

/** The menu under the user's name. NR-07: presence controls are disabled (not offered) while the connection is lost. */
export const presenceMenuName = 'Presence';

/** The presence part of the contacts screen: the user's own status, the presence menu, and one line per contact. */
export function presenceControls(state: ClientState): ControlView[] {
  const signedIn = state.phase === 'signedIn';
  const own = ownAvailability(state);
  const controls: ControlView[] = [{ kind: 'label', name: 'My presence', text: own ?? 'Presence unknown' }];
  if (signedIn)
    controls.push({
      kind: 'menu',
      name: presenceMenuName,
      items: [...state.config.assumptions.presenceChoices.map((name) => ({ name })), { name: resetStatus }],
    });
  for (const address of shownContacts(state)) {
    const availability = state.presence.contacts[address] ?? 'Presence Unknown';
    controls.push({ kind: 'label', name: `Contact ${address}`, text: signedIn ? availability : 'Presence Unknown' });
    if (signedIn)
      controls.push({
        kind: 'menu',
        name: contactLabels.menu(address),
        items: [{ name: conversationLabels.sendIm }, { name: contactLabels.remove }],
      });
  }
  return controls;
}
