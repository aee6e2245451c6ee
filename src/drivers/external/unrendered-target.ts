import { secretMark, type WireEvent } from '../../protocol';
import type { ClientView, ControlView, MenuItemView } from '../../simulator';

/** The features' wording of a link whose rendered name is shorter (docs/client-protocol.md, "Control names"). */
const sentAs: Readonly<Record<string, string>> = { 'Delete my sign-in information': 'Delete my sign-in info' };

type UserEvent = Extract<WireEvent, { type: `user.${string}` }>;
const isUserEvent = (e: WireEvent): e is UserEvent => e.type.startsWith('user.');

const kindsFor: Readonly<Record<string, readonly ControlView['kind'][]>> = {
  'user.click': ['button', 'link'],
  'user.type': ['textbox'],
  'user.toggle': ['checkbox'],
};

const names = (controls: readonly ControlView[]): string => controls.map((c) => `${c.kind} "${c.name}"`).join(', ') || 'no control';

function hasPath(items: readonly MenuItemView[] | undefined, path: readonly string[]): boolean {
  let level = items;
  for (const name of path) {
    const item = level?.find((i) => i.name === name);
    if (!item) return false;
    level = item.items;
  }
  return true;
}

/**
 * Checks a user action against what the client itself last sent in `desktop.render`, as read on the wire: null when
 * the view shows its target, else a sentence that says what was sent and what the view held. A second guard beside
 * the fake desktop's own: the harness must never send an action on a name the client did not render.
 */
export function unrenderedTarget(view: ClientView | null, wire: WireEvent): string | null {
  if (!isUserEvent(wire)) return null;
  const event = wire;
  // A password typed is never shown, not even in this message.
  const shown = event.type === 'user.type' && event.secret ? { ...event, text: secretMark } : event;
  const sent = `the harness was about to send ${event.type} ${JSON.stringify(shown)}`;
  if (view === null) return `${sent}, but the client had rendered nothing yet`;
  if (event.type === 'user.iconClick' || event.type === 'user.iconMenu') {
    const present = event.place === 'taskbar' ? view.taskbarButton : view.icon !== null;
    if (!present) return `${sent}, but the client's last desktop.render showed no Lync icon in the ${event.place}`;
    if (event.type === 'user.iconClick') return null;
    const offered = [...(view.icon?.menu ?? []), ...(event.ctrl === true ? (view.icon?.ctrlMenu ?? []) : [])];
    return offered.includes(event.item)
      ? null
      : `${sent}, but the icon's menu in the client's last desktop.render offered ${JSON.stringify(offered)}`;
  }
  const window = view.windows.find((w) => w.id === event.window && w.visible);
  if (!window) return `${sent}, but the client's last desktop.render showed no visible "${event.window}" window`;
  if (event.type === 'user.closeWindow') return null;
  if (event.type === 'user.menu') {
    const menuName = event.menu ?? 'Options';
    const menu = window.controls.find((c) => c.kind === 'menu' && c.name === menuName);
    return menu?.kind === 'menu' && hasPath(menu.items, event.path)
      ? null
      : `${sent}, but the menu "${menuName}" of the "${event.window}" window in the client's last desktop.render has no item ${event.path.join(' > ')}`;
  }
  const name = event.type === 'user.type' ? event.field : event.control;
  const rendered = sentAs[name] ?? name;
  const kinds = kindsFor[event.type] ?? [];
  return window.controls.some((c) => c.name === rendered && kinds.includes(c.kind))
    ? null
    : `${sent}, but the "${event.window}" window of the client's last desktop.render has no ${kinds.join(' or ')} named "${rendered}" (it shows ${names(window.controls)})`;
}
