import type { DesktopSnapshot } from '../../fakes';
import { el } from './dom';
import { closeAllMenus, menuButton, menuList, treeOf } from './menus';
import { renderWindow, type Act } from './render-window';

/**
 * The desktop of one Windows session: its windows and alerts on the wallpaper, and a taskbar with the Start menu,
 * a button per program shown there, and the notification area. Drawn afresh from each snapshot.
 */
export function renderDesktop(root: HTMLElement, snapshot: DesktopSnapshot | null, act: Act): void {
  if (snapshot === null) {
    delete root.dataset.computer;
    delete root.dataset.user;
    root.replaceChildren(el('p', { class: 'nobody' }, 'Nobody is logged on to any computer.'));
    return;
  }
  root.dataset.computer = snapshot.computer;
  root.dataset.user = snapshot.windowsUser;
  root.dataset.locked = String(snapshot.locked);
  const windows = el('div', { class: 'windows' }, ...snapshot.windows.map((w) => renderWindow(w, act)));
  const toasts = el(
    'div',
    { class: 'toasts', role: 'region', 'aria-label': 'Alerts' },
    ...snapshot.toasts.map((t) =>
      el(
        'div',
        { role: 'status', class: 'toast', 'data-toast': true },
        el('strong', { 'data-toast-title': true }, t.title),
        el('p', { 'data-toast-text': true }, t.text),
      ),
    ),
  );
  const parts: HTMLElement[] = [el('div', { class: 'wallpaper' }, windows, toasts), taskbar(snapshot, act)];
  if (snapshot.locked)
    parts.push(
      el(
        'div',
        { class: 'lock', role: 'dialog', 'aria-label': 'Locked' },
        el('p', {}, `This computer is locked. ${snapshot.windowsUser} is logged on.`),
      ),
    );
  root.replaceChildren(...parts);
}

function taskbar(snapshot: DesktopSnapshot, act: Act): HTMLElement {
  const start = menuButton('Start', { class: 'start', 'aria-label': 'Start' }, 'Start', treeOf(snapshot.startMenu), (path) =>
    act({ kind: 'startMenu', path: path.join(' > ') }),
  );
  start.setAttribute('data-start-menu', '');
  const programs = snapshot.taskbar.map((name) => {
    const button = el('button', { type: 'button', class: 'task', 'data-taskbar-button': true }, name);
    button.addEventListener('click', () => act({ kind: 'icon', place: 'taskbar' }));
    return button;
  });
  const icons = snapshot.notificationArea.map((icon) => {
    const button = el(
      'button',
      {
        type: 'button',
        class: 'tray-icon',
        'aria-label': icon.name,
        title: icon.tooltip,
        'data-tray-icon': true,
        'data-tooltip': icon.tooltip,
      },
      el('span', { class: 'glyph', 'aria-hidden': 'true' }, icon.name.slice(0, 1)),
    );
    const menu = menuList(
      icon.name,
      icon.menu.map((name) => ({ name })),
      ([item]) => act({ kind: 'iconMenu', place: 'notification area', item: item ?? '' }),
    );
    menu.setAttribute('data-popup-menu', '');
    menu.classList.add('tray-menu');
    // SO-09: CTRL + right-click opens a second menu with the extra items (Configuration Information).
    const ctrlMenu = menuList(
      icon.name,
      [...icon.menu, ...(icon.ctrlMenu ?? [])].map((name) => ({ name })),
      ([item]) => act({ kind: 'iconMenu', place: 'notification area', item: item ?? '', ctrl: true }),
    );
    ctrlMenu.setAttribute('data-popup-menu', '');
    ctrlMenu.setAttribute('data-ctrl-menu', '');
    ctrlMenu.classList.add('tray-menu');
    button.addEventListener('click', () => act({ kind: 'icon', place: 'notification area' }));
    button.addEventListener('contextmenu', (e) => {
      e.preventDefault();
      closeAllMenus();
      const shown = e.ctrlKey ? ctrlMenu : menu;
      shown.hidden = false;
      shown.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    });
    return el('div', { class: 'tray-slot', 'data-menu-root': true }, button, menu, ctrlMenu);
  });
  const tray = el(
    'div',
    { role: 'group', 'aria-label': 'Notification area', class: 'tray' },
    ...icons,
    el('span', { class: 'who' }, `${snapshot.windowsUser} · ${snapshot.computer}`),
  );
  return el(
    'footer',
    { role: 'toolbar', 'aria-label': 'Taskbar', class: 'taskbar' },
    start,
    el('div', { class: 'tasks', role: 'group', 'aria-label': 'Programs' }, ...programs),
    tray,
  );
}
