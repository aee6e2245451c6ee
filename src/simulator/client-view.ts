/**
 * What a client draws: its windows, its notification-area icon and its taskbar button, as plain data.
 * The reference client derives it from its state; an external client sends it over the protocol.
 * The fake desktop keeps the latest one per process, so "what the user sees" is ground truth there.
 */
/** Every window a client can show, by the id the features and the protocol use; the one list of them. */
export const windowIds = [
  'main',
  'options',
  'confirmDelete',
  'trustServer',
  'credentials',
  'connectionSettings',
  'configurationInformation',
  /** The IM conversation window (one at a time). */
  'conversation',
] as const;
export type WindowId = (typeof windowIds)[number];
export type IconPlace = 'taskbar' | 'notification area';
export type Screen = 'sign-in' | 'signing-in' | 'contacts' | 'dialog';

export type ControlView =
  | { readonly kind: 'label'; readonly name: string; readonly text: string }
  | { readonly kind: 'textbox'; readonly name: string; readonly value: string; readonly secret: boolean }
  /** `disabled`: greyed out, as when a policy decides (AS-08). */
  | { readonly kind: 'checkbox'; readonly name: string; readonly checked: boolean; readonly disabled?: boolean }
  | { readonly kind: 'button'; readonly name: string }
  | { readonly kind: 'link'; readonly name: string }
  | { readonly kind: 'menu'; readonly name: string; readonly items: readonly MenuItemView[] };

export interface MenuItemView {
  readonly name: string;
  readonly items?: readonly MenuItemView[];
}

export interface WindowView {
  readonly id: WindowId;
  readonly title: string;
  readonly visible: boolean;
  readonly foreground: boolean;
  readonly screen: Screen;
  readonly controls: readonly ControlView[];
}

export interface IconView {
  readonly tooltip: string;
  readonly menu: readonly string[];
  /** SO-09: items the icon's menu adds when CTRL is held during the right-click. */
  readonly ctrlMenu?: readonly string[];
}

export interface ClientView {
  readonly windows: readonly WindowView[];
  /** The Lync icon in the notification area; null when the process shows none. */
  readonly icon: IconView | null;
  readonly taskbarButton: boolean;
}

/** FS-05: the credential dialog's box for the Office 365 user ID (a UPN, or DOMAIN\user) when signing in. */
export const userNameBox = 'User name';
