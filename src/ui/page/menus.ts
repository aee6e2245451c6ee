import { el } from './dom';

/** Menus as a Lync 2013 user meets them: a button that opens a list, items that open sub-menus, Escape or a click elsewhere closes. */

export interface MenuNode {
  readonly name: string;
  readonly items?: readonly MenuNode[];
}

type Choose = (path: readonly string[]) => void;

/** A hidden `role=menu` list; choosing a leaf closes every menu and reports the path of names from the top. */
export function menuList(label: string, items: readonly MenuNode[], choose: Choose, prefix: readonly string[] = []): HTMLElement {
  const list = el('ul', { role: 'menu', 'aria-label': label, class: 'menu', hidden: true });
  for (const item of items) {
    const path = [...prefix, item.name];
    const entry = el('button', { type: 'button', role: 'menuitem', class: 'menu-item' }, item.name);
    const li = el('li', { role: 'none' }, entry);
    if (item.items && item.items.length > 0) {
      const sub = menuList(item.name, item.items, choose, path);
      entry.setAttribute('aria-haspopup', 'menu');
      entry.setAttribute('aria-expanded', 'false');
      entry.append(el('span', { class: 'sub-arrow', 'aria-hidden': 'true' }, '▸'));
      entry.addEventListener('click', () => {
        for (const other of list.querySelectorAll(':scope > li > [aria-expanded="true"]')) if (other !== entry) toggle(other, false);
        toggle(entry, sub.hidden);
      });
      li.append(sub);
    } else {
      entry.addEventListener('click', () => {
        closeAllMenus();
        choose(path);
      });
    }
    list.append(li);
  }
  return list;
}

/** A button with `aria-haspopup=menu` and the list it opens, wrapped so a click inside does not close it. */
export function menuButton(
  name: string,
  attrs: Readonly<Record<string, string>>,
  face: string,
  items: readonly MenuNode[],
  choose: Choose,
): HTMLElement {
  const button = el('button', { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', ...attrs }, face);
  const list = menuList(name, items, choose);
  button.addEventListener('click', () => {
    const open = list.hidden;
    closeAllMenus();
    toggle(button, open);
  });
  return el('div', { class: 'menu-root', 'data-menu-root': true }, button, list);
}

/** Opens or closes the menu that follows `opener` (its next sibling). */
export function toggle(opener: Element, open: boolean): void {
  const list = opener.nextElementSibling;
  if (!(list instanceof HTMLElement)) return;
  opener.setAttribute('aria-expanded', String(open));
  list.hidden = !open;
  if (!open) for (const inner of list.querySelectorAll('[aria-expanded="true"]')) toggle(inner, false);
}

export function closeAllMenus(): void {
  for (const opener of document.querySelectorAll('[aria-haspopup="menu"][aria-expanded="true"]')) toggle(opener, false);
  for (const list of document.querySelectorAll<HTMLElement>('[data-popup-menu]')) list.hidden = true;
}

/** Builds the tree of the Start menu from paths like "All Programs > Microsoft Lync > Lync 2013". */
export function treeOf(paths: readonly string[]): MenuNode[] {
  interface Mutable {
    name: string;
    items: Mutable[];
  }
  const root: Mutable[] = [];
  for (const path of paths) {
    let level = root;
    for (const name of path.split(' > ')) {
      let node = level.find((n) => n.name === name);
      if (!node) {
        node = { name, items: [] };
        level.push(node);
      }
      level = node.items;
    }
  }
  const freeze = (nodes: Mutable[]): MenuNode[] =>
    nodes.map((n) => (n.items.length > 0 ? { name: n.name, items: freeze(n.items) } : { name: n.name }));
  return freeze(root);
}

/** Closes menus on Escape and on a click outside any menu. */
export function installMenuDismissal(): void {
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeAllMenus();
  });
  document.addEventListener('click', (e) => {
    const target = e.target;
    if (target instanceof Element && target.closest('[data-menu-root]')) return;
    closeAllMenus();
  });
}
