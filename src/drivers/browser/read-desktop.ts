import type { DesktopSnapshot } from '../../fakes';
import type { ControlView, MenuItemView, Screen, WindowId, WindowView } from '../../simulator';

/**
 * Reads the drawn desktop back into a DesktopSnapshot, from roles, accessible names, the state of the inputs and a few
 * `data-` attributes for what is not on screen (window ids, screens). Runs inside the page (`page.evaluate`), so it is
 * one self-contained function: it may use nothing from outside its own body.
 */
export function readDesktop(): DesktopSnapshot | null {
  const root = document.getElementById('desktop');
  if (!root || root.dataset.computer === undefined || root.dataset.user === undefined) return null;
  /** The accessible name: aria-label, else the text without aria-hidden decorations (a sub-menu's arrow). */
  const nameOf = (e: Element): string => {
    const label = e.getAttribute('aria-label');
    if (label !== null) return label;
    const copy = e.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return (copy.textContent ?? '').trim();
  };
  const own = (e: Element, selector: string): Element[] => [...e.children].filter((c) => c.matches(selector));
  const readMenu = (list: Element): MenuItemView[] =>
    own(list, 'li').flatMap((li) => {
      const item = own(li, '[role="menuitem"]')[0];
      if (!item) return [];
      const sub = own(li, '[role="menu"]')[0];
      return [sub ? { name: nameOf(item), items: readMenu(sub) } : { name: nameOf(item) }];
    });
  const leaves = (items: readonly MenuItemView[], prefix: string): string[] =>
    items.flatMap((i) => (i.items ? leaves(i.items, `${prefix}${i.name} > `) : [`${prefix}${i.name}`]));
  const readControl = (e: HTMLElement): ControlView | null => {
    switch (e.dataset.kind) {
      case 'label':
        return { kind: 'label', name: nameOf(e), text: e.textContent ?? '' };
      case 'textbox': {
        const input = e.querySelector('input');
        return input ? { kind: 'textbox', name: nameOf(input), value: input.value, secret: input.type === 'password' } : null;
      }
      case 'checkbox': {
        const input = e.querySelector('input');
        if (!input) return null;
        return input.disabled
          ? { kind: 'checkbox', name: nameOf(input), checked: input.checked, disabled: true }
          : { kind: 'checkbox', name: nameOf(input), checked: input.checked };
      }
      case 'button':
      case 'link':
        return { kind: e.dataset.kind, name: nameOf(e) };
      case 'menu': {
        const button = e.querySelector('[aria-haspopup="menu"]');
        const list = e.querySelector('[role="menu"]');
        return button && list ? { kind: 'menu', name: nameOf(button), items: readMenu(list) } : null;
      }
      default:
        return null;
    }
  };
  const windows: WindowView[] = [...root.querySelectorAll<HTMLElement>('[data-window]')].map((w) => ({
    id: (w.dataset.window ?? 'main') as WindowId,
    title: nameOf(w),
    visible: true,
    foreground: w.dataset.foreground === 'true',
    screen: (w.dataset.screen ?? 'sign-in') as Screen,
    controls: [...w.querySelectorAll<HTMLElement>('.window-body > [data-kind]')].flatMap((c) => readControl(c) ?? []),
  }));
  const startList = root.querySelector('[data-start-menu] > [role="menu"]');
  return {
    computer: root.dataset.computer,
    windowsUser: root.dataset.user,
    locked: root.dataset.locked === 'true',
    startMenu: startList ? leaves(readMenu(startList), '') : [],
    taskbar: [...root.querySelectorAll('[data-taskbar-button]')].map(nameOf),
    notificationArea: [...root.querySelectorAll<HTMLElement>('[data-tray-icon]')].map((icon) => {
      const menu = icon.nextElementSibling;
      const withCtrl = icon.parentElement?.querySelector('[data-ctrl-menu]');
      const plain = menu ? readMenu(menu).map((i) => i.name) : [];
      const extra = withCtrl
        ? readMenu(withCtrl)
            .map((i) => i.name)
            .filter((n) => !plain.includes(n))
        : [];
      return { name: nameOf(icon), tooltip: icon.dataset.tooltip ?? '', menu: plain, ...(withCtrl ? { ctrlMenu: extra } : {}) };
    }),
    windows,
    toasts: [...root.querySelectorAll('[data-toast]')].map((t) => ({
      title: t.querySelector('[data-toast-title]')?.textContent ?? '',
      text: t.querySelector('[data-toast-text]')?.textContent ?? '',
    })),
  };
}
