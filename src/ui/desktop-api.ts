import type { DesktopAction, DesktopSnapshot, FaultArgs, FaultParam, FaultPlace } from '../fakes';
import type { WindowId } from '../simulator';

/**
 * What the page and the desktop server say to each other, as data. The server validates what it receives
 * (parse-requests.ts); the page only renders what it gets.
 */

/** One logged-on Windows session: the switcher offers every one. */
export interface DesktopRef {
  readonly computer: string;
  readonly windowsUser: string;
}

/** An action as the page sends it: a password arrives as plain text and the server wraps it back into a Secret. */
export type PageAction =
  | Exclude<DesktopAction, { kind: 'type' }>
  | { readonly kind: 'type'; readonly window: WindowId; readonly field: string; readonly text: string };

export interface ActRequest extends DesktopRef {
  readonly action: PageAction;
}

/** The side panel of the playground: the world as support staff change it. */
export interface PanelState {
  readonly people: readonly { readonly name: string; readonly windowsUser: string; readonly address: string }[];
  readonly computers: readonly {
    readonly name: string;
    readonly network: string;
    readonly clockOffsetMinutes: number;
    readonly loggedOn: readonly string[];
    readonly locked: readonly string[];
  }[];
  readonly elapsed: string;
  readonly timeline: string;
  /** A complete feature file: the set-up as Background, what was done, and Then steps for what was seen and is true. */
  readonly gherkin: string;
  /** Every fault switch of the registry (src/fakes/faults), with whether it is on now. */
  readonly faults: readonly FaultView[];
  /** What the fake world holds now, each as the Then step that checks it. */
  readonly truth: readonly string[];
  /** The messages and symptoms of the symptom index, each with its causes, for "Start from a symptom". */
  readonly symptoms: readonly SymptomChoice[];
  /** Each person as a colleague of the others: her contact list and the presence she sees of each of them. */
  readonly colleagues: readonly ColleagueView[];
}

export interface ColleagueView {
  readonly colleague: string;
  /** The computer whose signed-in Lync she reads presence in; null when she has none and sees what the service shows. */
  readonly readsIn: string | null;
  /** Her contact list in Lync Online, in the order it was built. */
  readonly contacts: readonly string[];
  /** The presence she sees of every other person; null where her own Lync does not list that person. */
  readonly sees: readonly { readonly name: string; readonly presence: string | null }[];
}

export interface FaultView {
  readonly id: string;
  readonly place: FaultPlace;
  readonly title: string;
  readonly params: readonly FaultParam[];
  /** False for a one-shot change (a password reset), which nothing turns off. */
  readonly reversible: boolean;
}

export interface SymptomChoice {
  readonly text: string;
  readonly kind: string;
  readonly causes: readonly { readonly id: string; readonly title: string }[];
}

export type PanelAction =
  | { readonly kind: 'logOn' | 'logOff' | 'lock' | 'unlock'; readonly person: string; readonly computer: string }
  /** Keyboard or mouse input; fast user switching to this person's session (issue 11). */
  | { readonly kind: 'moveMouse' | 'switchUser'; readonly person: string; readonly computer: string }
  /** The Windows session lifecycle of a computer (issue 11). */
  | { readonly kind: 'sleep' | 'wake' | 'shutDown' | 'startUp'; readonly computer: string }
  | { readonly kind: 'network'; readonly computer: string; readonly network: 'organization' | 'internet' | 'offline' }
  /** Turns a registered fault switch on or off. */
  | { readonly kind: 'fault'; readonly id: string; readonly on: boolean; readonly args: FaultArgs }
  /** Sets the world up for one cause of the symptom index (its fault switch, with the values of its reproduction). */
  | { readonly kind: 'symptom'; readonly cause: string }
  /** A fresh demo world, and a story that starts over. */
  | { readonly kind: 'startOver' }
  /** Puts a person in another's contact list in Lync Online. */
  | { readonly kind: 'addContact'; readonly owner: string; readonly contact: string }
  | { readonly kind: 'sendMessage'; readonly from: string; readonly to: string }
  /** Types a person's password into the Password box on the desktop shown (support staff never see it). */
  | { readonly kind: 'typePassword'; readonly person: string }
  | { readonly kind: 'advance'; readonly minutes: number }
  /** AS-08..AS-10: a Lync policy in the Computer Configuration of a computer or the User Configuration of a person. */
  | {
      readonly kind: 'groupPolicy';
      readonly scope: 'computer' | 'user';
      readonly target: string;
      readonly policy: string;
      readonly state: 'Enabled' | 'Disabled' | 'Not configured';
    };

export interface PanelRequest {
  readonly action: PanelAction;
  /** The desktop the page shows, so the answer can redraw it. */
  readonly selected: DesktopRef | null;
}

/** The answer to every request: the desktop shown, every desktop there is, and a version that only goes up. */
export interface DesktopResponse {
  readonly version: number;
  readonly selected: DesktopRef | null;
  readonly desktops: readonly DesktopRef[];
  readonly snapshot: DesktopSnapshot | null;
  /** Why the last action could not be done (the user tried something that is not on the screen, the session is locked). */
  readonly error: string | null;
  readonly panel: PanelState | null;
}

/** What the page reports to a driver after a refresh. */
export interface PageStatus {
  readonly version: number;
  readonly selected: DesktopRef | null;
  readonly desktops: readonly DesktopRef[];
  readonly locked: boolean;
}

/** What the page drew last: its version, whether the session is locked, and why the last action was refused ('' if it was not). */
export interface Drawn {
  readonly version: number;
  readonly selected: DesktopRef | null;
  readonly locked: boolean;
  readonly error: string;
}

/** The handle the page puts on `window` for drivers: redraw from the server, start over for a new scenario, wait for a drawing. */
export interface PageHandle {
  refresh(): Promise<PageStatus>;
  reset(): Promise<PageStatus>;
  /** Resolves once the page has drawn a version newer than `version`; rejects after `timeoutMs` of real time. */
  drawnAfter(version: number, timeoutMs: number): Promise<Drawn>;
}

declare global {
  interface Window {
    signinSim?: PageHandle;
  }
}

/** How the switcher names a desktop: "alice on PC1". */
export const desktopLabel = (ref: DesktopRef): string => `${ref.windowsUser} on ${ref.computer}`;
