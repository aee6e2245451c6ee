import type { ControlView, MenuItemView } from '../simulator';

const menuWords = (items: readonly MenuItemView[], prefix = ''): string[] =>
  items.flatMap((i) => (i.items?.length ? menuWords(i.items, `${prefix}${i.name} > `) : [`${prefix}${i.name}`]));

/** A control as a Then step names it: "a button", "a ticked box", "a box holding alice@contoso.com". */
export function controlValue(c: ControlView): string {
  switch (c.kind) {
    case 'button':
      return 'a button';
    case 'link':
      return 'a link';
    case 'checkbox':
      return `${c.checked ? 'a ticked box' : 'a cleared box'}${c.disabled ? ', greyed out' : ''}`;
    case 'textbox':
      return c.secret
        ? c.value
          ? 'a box holding a password'
          : 'an empty password box'
        : c.value
          ? `a box holding ${c.value}`
          : 'an empty box';
    case 'label':
      return `the text: ${c.text}`;
    case 'menu':
      return `a menu of ${menuWords(c.items).join(', ')}`;
  }
}
