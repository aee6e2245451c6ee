import type { Availability, IconPlace, PresenceChoice, WindowId } from '../simulator';
import type { NetworkName } from '../fakes';

/**
 * Every parameter type of the scenario language, in one place, as data: Cucumber registers them
 * (step-definitions/support/parameter-types.ts) and the phrasebook parses and writes with the same ones.
 * Each regexp is written so that it cannot backtrack over its own text (no two ways to match the same characters).
 */
export interface ParameterTypeSpec {
  readonly name: string;
  readonly regexp: RegExp;
  readonly transformer: (s: string) => unknown;
}

export const parameterTypes: ParameterTypeSpec[] = [];
const defineParameterType = (spec: ParameterTypeSpec): void => {
  parameterTypes.push(spec);
};

defineParameterType({ name: 'person', regexp: /[A-Z][a-z]+/, transformer: (s: string) => s });

defineParameterType({ name: 'computer', regexp: /PC\d+/, transformer: (s: string) => s });

/** An organization's SIP domain, in lower case: "fabrikam.com" (issue 21, other organizations). */
defineParameterType({ name: 'domain', regexp: /[a-z0-9-]+(?:\.[a-z0-9-]+)+/, transformer: (s: string) => s });

const units: Record<string, number> = { millisecond: 1, second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 };
defineParameterType({
  name: 'duration',
  regexp: /\d+ (?:milliseconds?|seconds?|minutes?|hours?|days?)/,
  transformer: (s: string): number => {
    const [n, unit] = s.split(' ');
    return Number(n) * (units[(unit ?? '').replace(/s$/, '')] ?? NaN);
  },
});

/** "File > Close", "File>Sign Out", "Tools > Options". */
defineParameterType({
  name: 'menu path',
  regexp: /[A-Z][A-Za-z0-9 ]*(?:> ?[A-Z][A-Za-z0-9 -]*)+/,
  transformer: (s: string): string[] => s.split('>').map((p) => p.trim()),
});

defineParameterType({
  name: 'place',
  regexp: /taskbar|notification area/,
  transformer: (s: string): IconPlace => s as IconPlace,
});

/** The items of the Lync icon's right-click menu. */
defineParameterType({ name: 'icon menu item', regexp: /Open Lync|Sign Out|Exit/, transformer: (s: string): string => s });

/** The networks a computer can be on, as a scenario names them ({network}). */
export const networks: Readonly<Record<string, NetworkName>> = {
  "the organization's network": 'organization',
  'the internet': 'internet',
  offline: 'offline',
};
defineParameterType({
  name: 'network',
  regexp: /the organization's network|the internet|offline/,
  transformer: (s: string): NetworkName => networks[s] as NetworkName,
});

/** Lync's windows and dialogs, as a scenario names them ({dialog}). */
export const dialogs: Readonly<Record<string, WindowId>> = {
  'main window': 'main',
  'Options dialog': 'options',
  confirmation: 'confirmDelete',
  'trust prompt': 'trustServer',
  'credential dialog': 'credentials',
  'Advanced Connection Settings dialog': 'connectionSettings',
  'Configuration Information window': 'configurationInformation',
  'conversation window': 'conversation',
};
defineParameterType({
  name: 'dialog',
  regexp:
    /main window|Options dialog|confirmation|trust prompt|credential dialog|Advanced Connection Settings dialog|Configuration Information window|conversation window/,
  transformer: (s: string): WindowId => dialogs[s] as WindowId,
});

export type SeenWindow = 'the sign-in window' | 'the main window' | 'no Lync window';
defineParameterType({
  name: 'seen window',
  regexp: /the sign-in window|the main window|no Lync window/,
  transformer: (s: string): SeenWindow => s as SeenWindow,
});

/** A Lync window or dialog by the view's window id: the playground's older wording (phrases keep it as an alias). */
defineParameterType({
  name: 'window',
  regexp: /main|options|confirmDelete|trustServer|credentials|connectionSettings/,
  transformer: (s: string): WindowId => s as WindowId,
});

/** "ticks" or "clears" a check box. */
defineParameterType({ name: 'tick', regexp: /ticks|clears/, transformer: (s: string): boolean => s === 'ticks' });

/** "on" / "off", "ticked" / "cleared". */
defineParameterType({ name: 'on off', regexp: /on|off|ticked|cleared/, transformer: (s: string): boolean => s === 'on' || s === 'ticked' });

/** The article's "How to perform it" column: a path from the Options button, the X of the main window, or the icon's menu (SO-08). */
export type WayToLeave = { readonly menu: readonly string[] } | { readonly x: true } | { readonly iconItem: 'Sign Out' | 'Exit' };
defineParameterType({
  name: 'way to leave',
  regexp: /Options > File > (?:Close|Sign Out|Exit)|the X in the upper-right corner of the main window|the Lync icon's (?:Sign Out|Exit)/,
  transformer: (s: string): WayToLeave =>
    s.startsWith('Options')
      ? {
          menu: s
            .split('>')
            .slice(1)
            .map((p) => p.trim()),
        }
      : s.startsWith('the Lync icon')
        ? { iconItem: s.endsWith('Exit') ? 'Exit' : 'Sign Out' }
        : { x: true },
});

/** The Scenario Outline columns of Close / Sign Out / Exit. */
defineParameterType({
  name: 'session state',
  regexp: /still signed in|ended/,
  transformer: (s: string): boolean => s === 'still signed in',
});
defineParameterType({
  name: 'program state',
  regexp: /still running|not running/,
  transformer: (s: string): boolean => s === 'still running',
});

/** How Group Policy shows a policy's state (AS-08..AS-10, FS-14, FS-16). */
defineParameterType({
  name: 'policy state',
  regexp: /Enabled|Disabled|Not configured/,
  transformer: (s: string): 'Enabled' | 'Disabled' | 'Not configured' => s as 'Enabled' | 'Disabled' | 'Not configured',
});

/** What colleagues see of a person (Lync 2013 presence). */
defineParameterType({
  name: 'presence',
  regexp: /Available|Busy|Do Not Disturb|Be Right Back|Off Work|Away|Inactive|Offline|Presence Unknown/,
  transformer: (s: string): Availability => s as Availability,
});

/** An item of the presence menu. */
defineParameterType({
  name: 'presence choice',
  regexp: /Available|Busy|Do Not Disturb|Be Right Back|Off Work|Appear Away/,
  transformer: (s: string): PresenceChoice => s as PresenceChoice,
});

/** Where Lync is after leaving it (checks/leave-checks.ts). */
defineParameterType({
  name: 'lync whereabouts',
  regexp:
    /signed out at the sign-in window|signed out with its window closed|signed in at the main window|signed in with its window closed|not running/,
  transformer: (s: string): string => s,
});

/** SO-12: the client's state as the Lync SDK names it (ClientState). */
defineParameterType({
  name: 'sdk state',
  regexp: /SignedOut|SigningIn|SignedIn|ShuttingDown/,
  transformer: (s: string): string => s,
});
