import type { ControlView, WindowView } from '../../simulator';
import type { PageAction } from '../desktop-api';
import { el } from './dom';
import { menuButton } from './menus';

export type Act = (action: PageAction) => void;

/**
 * One window of a client, drawn from its WindowView: a title bar with the X, then every control in order, each with
 * the role a Lync user would expect and an accessible name equal to the control's name. The `data-` attributes carry
 * what is not on screen (the window's id and screen) for the driver that reads the page back.
 */
export function renderWindow(view: WindowView, act: Act): HTMLElement {
  const main = view.id === 'main';
  const section = el('section', {
    role: main ? 'region' : 'dialog',
    'aria-label': view.title,
    class: `window ${main ? 'window-main' : 'window-dialog'} screen-${view.screen}`,
    'data-window': view.id,
    'data-screen': view.screen,
    'data-foreground': String(view.foreground),
  });
  const close = el('button', { type: 'button', class: 'window-close', 'aria-label': 'Close window', title: 'Close' }, '✕');
  close.addEventListener('click', () => act({ kind: 'closeWindow', window: view.id }));
  section.append(el('div', { class: 'titlebar' }, el('span', { class: 'title' }, view.title), close));
  const body = el('div', { class: 'window-body' });
  for (const control of view.controls) body.append(renderControl(view, control, act));
  section.append(body);
  return section;
}

const labelRoles: Readonly<Record<string, string>> = { Message: 'alert', Status: 'status', 'Search results': 'status' };

function renderControl(view: WindowView, c: ControlView, act: Act): HTMLElement {
  const window = view.id;
  switch (c.kind) {
    case 'label':
      return el(
        'p',
        { role: labelRoles[c.name] ?? 'note', 'aria-label': c.name, class: `label label-${slug(c.name)}`, 'data-kind': 'label' },
        c.text,
      );
    case 'textbox':
      return textbox(view, c.name, c.value, c.secret, act);
    case 'checkbox': {
      const box = el('input', { type: 'checkbox', 'aria-label': c.name, checked: c.checked, disabled: c.disabled === true });
      box.addEventListener('change', () => act({ kind: 'toggle', window, control: c.name, on: box.checked }));
      return el('label', { class: 'checkbox', 'data-kind': 'checkbox' }, box, el('span', {}, c.name));
    }
    case 'button': {
      const button = el(
        'button',
        {
          type: 'button',
          class: `button${c.name === 'Sign In' || c.name === 'OK' || c.name === 'Yes' ? ' primary' : ''}`,
          'data-kind': 'button',
        },
        c.name,
      );
      button.addEventListener('click', () => act({ kind: 'click', window, control: c.name }));
      return button;
    }
    case 'link': {
      const link = el('a', { href: '#', class: 'link', 'data-kind': 'link' }, c.name);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        act({ kind: 'click', window, control: c.name });
      });
      return link;
    }
    case 'menu': {
      const options = c.name === 'Options';
      return el(
        'div',
        { class: options ? 'options' : 'presence-menu', 'data-kind': 'menu' },
        menuButton(c.name, { 'aria-label': c.name, class: 'options-button', title: c.name }, `${c.name} ▾`, c.items, (path) =>
          act(options ? { kind: 'menu', window, path } : { kind: 'menu', window, path, menu: c.name }),
        ),
      );
    }
  }
}

/** A text box commits what was typed when it loses focus or on Enter, as one `type` action. */
function textbox(view: WindowView, name: string, value: string, secret: boolean, act: Act): HTMLElement {
  const input = el('input', { type: secret ? 'password' : 'text', 'aria-label': name, autocomplete: 'off', spellcheck: 'false', value });
  let dirty = false;
  const commit = (): void => {
    if (!dirty) return;
    dirty = false;
    act({ kind: 'type', window: view.id, field: name, text: input.value });
  };
  input.addEventListener('input', () => (dirty = true));
  input.addEventListener('blur', commit);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') commit();
  });
  if (secret) input.addEventListener('focus', () => input.select());
  return el('label', { class: 'field', 'data-kind': 'textbox' }, el('span', { class: 'caption' }, name), input);
}

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
