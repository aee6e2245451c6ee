import type { Locator, Page } from 'playwright-core';
import type { DesktopAction } from '../../fakes';

/**
 * Where the article's words and the label on screen differ, the user clicks what is on screen:
 * the article says "Delete my sign-in information", the link reads "Delete my sign-in info".
 */
const onScreen: Readonly<Record<string, string>> = { 'Delete my sign-in information': 'Delete my sign-in info' };

/**
 * Does a desktop action the way a person would: real clicks and key presses on controls found by role and name.
 * Resolves once the last input is given; returns false when nothing had to be done (the box was already ticked),
 * so the caller knows whether to wait for the page's answer.
 */
export async function actOnPage(page: Page, action: DesktopAction): Promise<boolean> {
  const desktop = page.locator('#desktop');
  switch (action.kind) {
    case 'startMenu': {
      await click(
        desktop.getByRole('toolbar', { name: 'Taskbar' }).getByRole('button', { name: 'Start', exact: true }),
        'the Start button',
      );
      await chooseItems(desktop, action.path.split(' > '), 'the Start menu');
      return true;
    }
    case 'click': {
      const window = windowOf(desktop, action.window);
      const name = onScreen[action.control] ?? action.control;
      const button = window.getByRole('button', { name, exact: true });
      const target = (await button.count()) > 0 ? button : window.getByRole('link', { name, exact: true });
      await click(target, `"${name}" in the ${action.window} window`);
      return true;
    }
    case 'type': {
      const box = await present(
        windowOf(desktop, action.window).getByRole('textbox', { name: action.field, exact: true }),
        `the "${action.field}" box in the ${action.window} window`,
      );
      const text = typeof action.text === 'string' ? action.text : action.text.reveal();
      // Typing what a plain box already holds (an empty box left empty) changes nothing: no change event, no drawing.
      if (typeof action.text === 'string' && (await box.inputValue()) === text) return false;
      await box.fill(text);
      await box.press('Tab');
      return true;
    }
    case 'toggle': {
      const box = await present(
        windowOf(desktop, action.window).getByRole('checkbox', { name: action.control, exact: true }),
        `the "${action.control}" check box in the ${action.window} window`,
      );
      if ((await box.isChecked()) === action.on) return false;
      await box.click();
      return true;
    }
    case 'menu': {
      const window = windowOf(desktop, action.window);
      const menu = action.menu ?? 'Options';
      await click(window.getByRole('button', { name: menu, exact: true }), `the ${menu} button of the ${action.window} window`);
      await chooseItems(window, action.path, `the ${menu} menu`);
      return true;
    }
    case 'closeWindow':
      await click(
        windowOf(desktop, action.window).getByRole('button', { name: 'Close window', exact: true }),
        `the X of the ${action.window} window`,
      );
      return true;
    case 'icon':
      await click(lyncIcon(desktop, action.place), `the Lync icon in the ${action.place}`);
      return true;
    case 'iconMenu':
      await click(lyncIcon(desktop, action.place), `the Lync icon in the ${action.place}`, 'right', action.ctrl === true);
      await chooseItems(desktop.getByRole('toolbar', { name: 'Taskbar' }), [action.item], "the Lync icon's menu");
      return true;
  }
}

const windowOf = (desktop: Locator, id: string): Locator => desktop.locator(`[data-window="${id}"]`);

function lyncIcon(desktop: Locator, place: 'taskbar' | 'notification area'): Locator {
  const bar = desktop.getByRole('toolbar', { name: 'Taskbar' });
  return bar
    .getByRole('group', { name: place === 'taskbar' ? 'Programs' : 'Notification area', exact: true })
    .getByRole('button', { name: 'Lync', exact: true });
}

/** Opens each sub-menu in turn and clicks the last item. */
async function chooseItems(scope: Locator, path: readonly string[], what: string): Promise<void> {
  for (const name of path) await click(scope.getByRole('menuitem', { name, exact: true }), `"${name}" in ${what}`);
}

/** Fails at once, with what the user was looking for, when it is not on the screen (no waiting for a timeout). */
async function present(locator: Locator, what: string): Promise<Locator> {
  const n = await locator.count();
  if (n === 0) throw new Error(`The page shows no ${what}`);
  if (n > 1) throw new Error(`The page shows ${n} of ${what}; expected one`);
  return locator;
}

async function click(locator: Locator, what: string, button: 'left' | 'right' = 'left', ctrl = false): Promise<void> {
  await (await present(locator, what)).click(ctrl ? { button, modifiers: ['Control'] } : { button });
}
