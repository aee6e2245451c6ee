import {
  windowIds,
  type ClientView,
  type ControlView,
  type IconPlace,
  type MenuItemView,
  type Screen,
  type WindowId,
  type WindowView,
} from '../simulator';
import type { Same } from './same-type';
import { array, boolean, literal, nullable, object, oneOf, ref, string, union, type Infer, type Schema } from './schema';

/** The windows a client can show; the features name them. */
export const windowId = oneOf<WindowId>(...windowIds);
export const iconPlace = oneOf<IconPlace>('taskbar', 'notification area');
export const screen = oneOf<Screen>('sign-in', 'signing-in', 'contacts', 'dialog');

export const menuItem: Schema<MenuItemView> = ref('MenuItem', () => object({ name: string() }, { items: array(menuItem) }));

export const control = union(
  object({ kind: literal('label'), name: string(), text: string() }),
  object({ kind: literal('textbox'), name: string(), value: string(), secret: boolean() }),
  object({ kind: literal('checkbox'), name: string(), checked: boolean() }, { disabled: boolean() }),
  object({ kind: literal('button'), name: string() }),
  object({ kind: literal('link'), name: string() }),
  object({ kind: literal('menu'), name: string(), items: array(menuItem) }),
);

export const windowView = object({
  id: windowId,
  title: string(),
  visible: boolean(),
  foreground: boolean(),
  screen,
  controls: array(control),
});

export const iconView = object({ tooltip: string(), menu: array(string()) }, { ctrlMenu: array(string()) });

/** Everything a client draws: `desktop.render` replaces the previous one. */
export const clientView = object({ windows: array(windowView), icon: nullable(iconView), taskbarButton: boolean() });

export const viewSchemasMatch: [
  Same<Infer<typeof control>, ControlView>,
  Same<Infer<typeof windowView>, WindowView>,
  Same<Infer<typeof clientView>, ClientView>,
] = [true, true, true];
