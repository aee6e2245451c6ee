import type { DesktopSnapshot } from '../fakes';
import { conversationLabels, type ControlView, type MenuItemView, type WindowView } from '../simulator';
import type { SymbolicAction, TextSpec } from './primitive';

/** Every path to a leaf of a menu ("File > Sign Out"). */
function leaves(items: readonly MenuItemView[], prefix: readonly string[] = []): string[][] {
  return items.flatMap((i) => (i.items && i.items.length > 0 ? leaves(i.items, [...prefix, i.name]) : [[...prefix, i.name]]));
}

function texts(field: string, secret: boolean, person: string, people: readonly string[]): TextSpec[] {
  if (secret) return [{ what: 'password', whose: person }, { what: 'wrong password' }, ...others(person, people, 'password')];
  if (field === 'Sign-in address')
    return [{ what: 'address', whose: person }, { what: 'foreign address' }, ...others(person, people, 'address')];
  // The conversation window's box: an instant message.
  if (field === conversationLabels.box) return [{ what: 'text', text: 'Lunch at noon?' }];
  return [
    { what: 'text', text: 'sipdir.online.lync.com' },
    { what: 'text', text: 'lync.contoso.com' },
  ];
}

const others = (person: string, people: readonly string[], what: 'address' | 'password'): TextSpec[] =>
  people.filter((p) => p !== person).map((whose) => ({ what, whose }));

function onControl(w: WindowView, c: ControlView, person: string, people: readonly string[]): SymbolicAction[] {
  switch (c.kind) {
    case 'button':
    case 'link':
      return [{ kind: 'click', window: w.id, control: c.name }];
    case 'checkbox':
      // A greyed-out box cannot be ticked (AS-08).
      return c.disabled ? [] : [{ kind: 'toggle', window: w.id, control: c.name, on: !c.checked }];
    case 'textbox':
      return texts(c.name, c.secret, person, people).map((text) => ({ kind: 'type', window: w.id, field: c.name, text }));
    case 'menu':
      return leaves(c.items).map((path) =>
        c.name === 'Options' ? { kind: 'menu', window: w.id, path } : { kind: 'menu', window: w.id, menu: c.name, path },
      );
    case 'label':
      return [];
  }
}

/**
 * What a person can do on their desktop right now, read from what it shows: the Start menu, the Lync icons, and every
 * button, link, box, tick box and menu item of every visible window. Nothing that is not on screen is offered.
 */
export function offeredActions(snap: DesktopSnapshot, person: string, people: readonly string[]): SymbolicAction[] {
  if (snap.locked) return [];
  const actions: SymbolicAction[] = snap.startMenu.map((path) => ({ kind: 'startMenu', path }));
  if (snap.taskbar.includes('Lync')) actions.push({ kind: 'icon', place: 'taskbar' });
  for (const icon of snap.notificationArea.filter((i) => i.name === 'Lync')) {
    actions.push({ kind: 'icon', place: 'notification area' });
    for (const item of icon.menu) actions.push({ kind: 'iconMenu', place: 'notification area', item });
    // SO-09: with CTRL held the menu offers more.
    for (const item of icon.ctrlMenu ?? []) actions.push({ kind: 'iconMenu', place: 'notification area', item, ctrl: true });
  }
  for (const w of snap.windows.filter((x) => x.visible)) {
    actions.push({ kind: 'closeWindow', window: w.id });
    for (const c of w.controls) actions.push(...onControl(w, c, person, people));
  }
  return actions;
}

/** Whether the desktop offers this action (for the steps of a sequence, checked one by one). */
export function offers(snap: DesktopSnapshot, action: SymbolicAction): boolean {
  if (snap.locked) return false;
  const same = (a: SymbolicAction) => JSON.stringify(a) === JSON.stringify(action);
  if (action.kind === 'toggle') {
    const w = snap.windows.find((x) => x.id === action.window && x.visible);
    return w?.controls.some((c) => c.kind === 'checkbox' && c.name === action.control && c.disabled !== true) ?? false;
  }
  if (action.kind === 'type') {
    const w = snap.windows.find((x) => x.id === action.window && x.visible);
    return w?.controls.some((c) => c.kind === 'textbox' && c.name === action.field) ?? false;
  }
  return offeredActions(snap, '', []).some(same);
}
