import { personNamed } from '../../fakes/fake-world';
import { contactLabels, conversationLabels, type WindowId } from '../../simulator';
import { dialogName } from './dialog-name';
import { sentence } from './sentence';
import type { SpokenAction, TypedText } from './typed-text';

const menuPath = (path: readonly string[]): string => path.join(' > ');

function typed(p: string, c: string, window: WindowId, field: string, text: TypedText): string {
  const main = window === 'main';
  const d = main ? '' : dialogName(window);
  if (field === 'Password' && text.what === 'password' && text.whose === p)
    return main ? sentence('lync.types-password', p, c) : sentence('dialog.types-password', p, d, c);
  if (field === 'Password' && text.what === 'password')
    return main ? sentence('dialog.types-password-2', p, text.whose, c) : sentence('dialog.types-password-3', p, text.whose, d, c);
  if (field === 'Password' && text.what === 'wrong password')
    return main ? sentence('lync.types-wrong-password', p, c) : sentence('dialog.types-wrong-password', p, d, c);
  if (main && field === 'Sign-in address' && text.what === 'address')
    return text.whose === p ? sentence('lync.types-sign-address', p, c) : sentence('dialog.types-sign-address', p, text.whose, c);
  if (main && field === 'Sign-in address' && text.what === 'text') return sentence('dialog.types-sign-address-2', p, text.text, c);
  if (text.what !== 'text')
    throw new Error(`no phrase says that ${p} types ${text.what} into "${field}" (see src/harness/phrases/dialog.ts)`);
  return main ? sentence('dialog.types', p, text.text, field, c) : sentence('dialog.types-2', p, text.text, field, d, c);
}

/** The When step for what `p` did on the desktop of `c`, in the current wording; windows are named as dialogs. */
export function desktopActionSentence(p: string, c: string, a: SpokenAction): string {
  switch (a.kind) {
    case 'startMenu':
      return sentence('lync.clicks-start', p, a.path, c);
    case 'click':
      if (a.window === 'confirmDelete' && /^\S+$/.test(a.control)) return sentence('lync.answers', p, a.control, c);
      if (a.window !== 'main') return sentence('dialog.clicks', p, a.control, dialogName(a.window), c);
      return a.control === 'Sign In' ? sentence('lync.clicks-sign', p, c) : sentence('lync.clicks', p, a.control, c);
    case 'type':
      return typed(p, c, a.window, a.field, a.text);
    case 'toggle': {
      const tick = a.on ? 'ticks' : 'clears';
      if (a.window === 'main') return sentence('lync.ticks-or-clears', p, tick, a.control, c);
      return sentence('dialog.ticks-or-clears', p, tick, a.control, dialogName(a.window), c);
    }
    case 'menu': {
      if (a.menu === 'Presence')
        return a.path[0] === 'Reset Status'
          ? sentence('presence.resets-status', p, c)
          : sentence('presence.sets-presence', p, menuPath(a.path), c);
      // KB 2435699: a contact's right-click menu, named after the contact's sign-in address.
      const contact = contactLabels.contactOf(a.menu);
      if (contact !== null && menuPath(a.path) === contactLabels.remove)
        return sentence('contacts.removes-in-lync', p, personNamed(contact), c);
      if (contact !== null && menuPath(a.path) === conversationLabels.sendIm)
        return sentence('conversation.opens', p, personNamed(contact), c);
      return sentence('lync.chooses-options-button', p, menuPath(a.path), c);
    }
    case 'closeWindow':
      if (a.window === 'main') return sentence('lync.clicks-x-upper-right-corner-lync-window', p, c);
      if (a.window === 'conversation') return sentence('conversation.closes-window', p, c);
      return sentence('dialog.closes-its-x', p, dialogName(a.window), c);
    case 'icon':
      return sentence('lync.clicks-lync-icon', p, a.place, c);
    case 'iconMenu':
      if (a.ctrl !== true) return sentence('lync.right-clicks-lync-icon-chooses', p, a.place, c, a.item);
      if (a.place !== 'notification area')
        throw new Error(`no phrase says that ${p} holds CTRL and right-clicks the Lync icon in the ${a.place}`);
      return sentence('diagnostics.holds-ctrl-right-clicks-lync-icon-notification', p, c, a.item);
  }
}

/** The When step for an option set on the Personal page of the Options dialog (the playground folds the dialog's ticks into these). */
export const optionSetSentence = (p: string, c: string, option: string, on: boolean): string =>
  sentence('lync.sets', p, option, on ? 'on' : 'off', c);
