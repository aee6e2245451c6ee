import type { ClientEffect, ClientSettings } from '../src/simulator';
import { referenceParts } from '../src/runtime/reference-client';
import type { Mutant } from './mutant';
import { rewriting } from './mutant';

const dropFromPatch = (e: ClientEffect, key: keyof ClientSettings): ClientEffect => {
  if (e.type !== 'settings.write' || !(key in e.patch)) return e;
  const { [key]: _dropped, ...patch } = e.patch;
  return { ...e, patch };
};

/** Mutants of the General page's startup-related options (AS-12). */
export const generalOptionsMutants: readonly Mutant[] = [
  {
    name: 'minimized-keeps-taskbar-button',
    breaks: 'AS-12: with Minimize to the notification area on, a minimized Lync still shows a taskbar button',
    parts: {
      ...referenceParts,
      view: (state) => {
        const v = referenceParts.view(state);
        return { ...v, taskbarButton: v.taskbarButton || state.mainWindow === 'minimized' };
      },
    },
  },
  rewriting('minimized-leaves-taskbar-always', 'AS-12: a minimized Lync leaves the taskbar although the option is off', (_b, _e, after) =>
    after.state.mainWindow === 'minimized' && after.state.settings
      ? { ...after, state: { ...after.state, settings: { ...after.state.settings, minimizeToNotificationArea: true } } }
      : after,
  ),
  rewriting('reopen-conversations-not-saved', 'AS-12: "Reopen my conversations when I sign in to Lync" is not kept', (_b, _e, after) => ({
    ...after,
    effects: after.effects.map((e) => dropFromPatch(e, 'reopenConversations')),
  })),
];
