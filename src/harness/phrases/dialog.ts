import type { WindowId } from '../../simulator';
import * as dialog from '../tasks/dialog-tasks';
import * as fault from '../tasks/fault-tasks';
import * as lync from '../tasks/lync-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const dialogPhrases: readonly Phrase[] = [
  phrase(
    'dialog.clicks',
    'When',
    '{person} clicks {string} in the {dialog} on {computer}',
    (stage: Stage, p: string, label: string, d: WindowId, c: string) => lync.click(stage, p, c, label, d),
    { aliases: ['{person} clicks {string} in the {window} window on {computer}'] },
  ),
  phrase(
    'dialog.ticks-or-clears',
    'When',
    '{person} {tick} {string} in the {dialog} on {computer}',
    (stage: Stage, p: string, on: boolean, label: string, d: WindowId, c: string) => lync.setCheckbox(stage, p, c, label, on, d),
    { aliases: ['{person} {tick} {string} in the {window} window on {computer}'] },
  ),
  phrase(
    'dialog.types-password',
    'When',
    '{person} types her/his password in the {dialog} on {computer}',
    (stage: Stage, p: string, d: WindowId, c: string) => lync.typePassword(stage, p, c, p, d),
    { aliases: ['{person} types her/his password into the {window} window on {computer}'] },
  ),
  phrase(
    'dialog.types-password-2',
    'When',
    "{person} types {person}'s password on {computer}",
    (stage: Stage, p: string, whose: string, c: string) => lync.typePassword(stage, p, c, whose),
  ),
  phrase(
    'dialog.types-password-3',
    'When',
    "{person} types {person}'s password in the {dialog} on {computer}",
    (stage: Stage, p: string, whose: string, d: WindowId, c: string) => lync.typePassword(stage, p, c, whose, d),
  ),
  phrase(
    'dialog.types-wrong-password',
    'When',
    '{person} types a wrong password in the {dialog} on {computer}',
    (stage: Stage, p: string, d: WindowId, c: string) => dialog.typeWrongPasswordIn(stage, p, c, d),
    { aliases: ['{person} types a wrong password into the {window} window on {computer}'] },
  ),
  phrase(
    'dialog.types-sign-address',
    'When',
    "{person} types {person}'s sign-in address on {computer}",
    (stage: Stage, p: string, whose: string, c: string) => lync.typeAddress(stage, p, c, whose),
  ),
  phrase(
    'dialog.types-sign-address-2',
    'When',
    '{person} types the sign-in address {string} on {computer}',
    (stage: Stage, p: string, address: string, c: string) => dialog.typeText(stage, p, c, 'Sign-in address', address),
  ),
  phrase(
    'dialog.types',
    'When',
    '{person} types {string} into {string} on {computer}',
    (stage: Stage, p: string, text: string, field: string, c: string) => dialog.typeText(stage, p, c, field, text),
  ),
  phrase(
    'dialog.types-2',
    'When',
    '{person} types {string} into {string} in the {dialog} on {computer}',
    (stage: Stage, p: string, text: string, field: string, d: WindowId, c: string) => dialog.typeText(stage, p, c, field, text, d),
  ),
  phrase(
    'dialog.closes-its-x',
    'When',
    '{person} closes the {dialog} with its X on {computer}',
    (stage: Stage, p: string, d: WindowId, c: string) => dialog.closeDialog(stage, p, c, d),
    { aliases: ['{person} closes the {window} window on {computer}'] },
  ),
  phrase('dialog.fault-turned', 'When', 'the fault {string} is turned {on off}', (stage: Stage, id: string, on: boolean) =>
    fault.switchFault(stage, id, on),
  ),
  phrase(
    'dialog.fault-turned-2',
    'When',
    'the fault {string} is turned {on off} for {string}',
    (stage: Stage, id: string, on: boolean, args: string) => fault.switchFault(stage, id, on, args),
  ),
];
