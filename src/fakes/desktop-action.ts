import type { IconPlace, Secret, WindowId } from '../simulator';

/** Something a Windows user does on their desktop. Drivers perform these; the fake OS routes them to the right process. */
export type DesktopAction =
  | { readonly kind: 'startMenu'; readonly path: string }
  | { readonly kind: 'click'; readonly window: WindowId; readonly control: string }
  | { readonly kind: 'type'; readonly window: WindowId; readonly field: string; readonly text: string | Secret }
  | { readonly kind: 'toggle'; readonly window: WindowId; readonly control: string; readonly on: boolean }
  /** `menu`: the menu button's name; absent means the Options button. */
  | { readonly kind: 'menu'; readonly window: WindowId; readonly path: readonly string[]; readonly menu?: string }
  | { readonly kind: 'closeWindow'; readonly window: WindowId }
  | { readonly kind: 'icon'; readonly place: IconPlace }
  /** `ctrl`: CTRL is held during the right-click (SO-09). */
  | { readonly kind: 'iconMenu'; readonly place: IconPlace; readonly item: string; readonly ctrl?: boolean };

export const describeAction = (a: DesktopAction): string => {
  switch (a.kind) {
    case 'startMenu':
      return `clicks Start > ${a.path}`;
    case 'click':
      return `clicks "${a.control}" in the ${a.window} window`;
    case 'type':
      return typeof a.text === 'string' ? `types "${a.text}" into "${a.field}"` : `types a password into "${a.field}"`;
    case 'toggle':
      return `${a.on ? 'ticks' : 'clears'} "${a.control}"`;
    case 'menu':
      return `chooses ${a.path.join(' > ')} from the ${a.menu ?? 'Options'} ${a.menu ? 'menu' : 'button'}`;
    case 'closeWindow':
      return `clicks the X of the ${a.window} window`;
    case 'icon':
      return `clicks the Lync icon in the ${a.place}`;
    case 'iconMenu':
      return `${a.ctrl === true ? 'holds CTRL, ' : ''}right-clicks the Lync icon in the ${a.place} and chooses ${a.item}`;
  }
};

/** What the user did, in the past tense ("clicked "Sign In" in the main window"), for messages about a step. */
export const describeActionDone = (a: DesktopAction): string =>
  describeAction(a).replace(/^(right-clicks|clicks|types|ticks|clears|chooses)\b/, (verb) =>
    verb === 'chooses' ? 'chose' : `${verb.slice(0, -1)}ed`.replace('typeed', 'typed'),
  );
