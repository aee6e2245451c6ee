import type { IconPlace } from '../../simulator';
import type { WayToLeave } from '../parameter-types';
import * as lync from '../tasks/lync-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const lyncPhrases: readonly Phrase[] = [
  phrase(
    'lync.clicks-start',
    'When',
    '{person} clicks Start > {menu path} on {computer}',
    (stage: Stage, p: string, path: string[], c: string) => lync.startFromStartMenu(stage, p, c, path),
  ),
  phrase('lync.clicks-sign', 'When', '{person} clicks Sign In on {computer}', (stage: Stage, p: string, c: string) =>
    lync.click(stage, p, c, 'Sign In'),
  ),
  phrase('lync.clicks', 'When', '{person} clicks {string} on {computer}', (stage: Stage, p: string, label: string, c: string) =>
    lync.click(stage, p, c, label),
  ),
  phrase('lync.types-password', 'When', '{person} types her/his password on {computer}', (stage: Stage, p: string, c: string) =>
    lync.typePassword(stage, p, c),
  ),
  phrase('lync.types-sign-address', 'When', '{person} types her/his sign-in address on {computer}', (stage: Stage, p: string, c: string) =>
    lync.typeAddress(stage, p, c, p),
  ),
  phrase(
    'lync.ticks-or-clears',
    'When',
    '{person} {tick} {string} on {computer}',
    (stage: Stage, p: string, on: boolean, label: string, c: string) => lync.setCheckbox(stage, p, c, label, on),
  ),
  phrase(
    'lync.signs-lync-first-time-save-my-password',
    'When',
    '{person} signs in to Lync for the first time on {computer} with Save my password {on off}',
    (stage: Stage, p: string, c: string, save: boolean) => lync.signInFirstTime(stage, p, c, save),
  ),
  phrase(
    'lync.has-signed-lync-save-my-password',
    'Given',
    '{person} has signed in to Lync on {computer} with Save my password {on off}',
    (stage: Stage, p: string, c: string, save: boolean) => lync.beSignedIn(stage, p, c, save),
  ),
  phrase('lync.signed-lync', 'Given', '{person} is signed in to Lync on {computer}', (stage: Stage, p: string, c: string) =>
    lync.beSignedIn(stage, p, c),
  ),
  phrase(
    'lync.chooses-options-button',
    'When',
    '{person} chooses {menu path} from the Options button on {computer}',
    (stage: Stage, p: string, path: string[], c: string) => lync.chooseMenu(stage, p, c, path),
  ),
  phrase(
    'lync.has-chosen-options-button',
    'Given',
    '{person} has chosen {menu path} from the Options button on {computer}',
    (stage: Stage, p: string, path: string[], c: string) => lync.chooseMenu(stage, p, c, path),
  ),
  phrase(
    'lync.clicks-x-upper-right-corner-lync-window',
    'When',
    '{person} clicks the X in the upper-right corner of the Lync window on {computer}',
    (stage: Stage, p: string, c: string) => lync.closeWithX(stage, p, c),
  ),
  phrase(
    'lync.clicks-lync-icon',
    'When',
    '{person} clicks the Lync icon in the {place} on {computer}',
    (stage: Stage, p: string, place: IconPlace, c: string) => lync.clickIcon(stage, p, c, place),
  ),
  phrase(
    'lync.right-clicks-lync-icon-chooses',
    'When',
    '{person} right-clicks the Lync icon in the {place} on {computer} and chooses {icon menu item}',
    (stage: Stage, p: string, place: IconPlace, c: string, item: string) => lync.iconMenu(stage, p, c, place, item),
  ),
  phrase('lync.minimizes-lync-window', 'When', '{person} minimizes the Lync window on {computer}', (stage: Stage, p: string, c: string) =>
    lync.minimizeLync(stage, p, c),
  ),
  phrase(
    'lync.sets',
    'When',
    '{person} sets {string} {on off} on {computer}',
    (stage: Stage, p: string, option: string, on: boolean, c: string) => lync.setPersonalOption(stage, p, c, option, on),
  ),
  phrase(
    'lync.has-set',
    'Given',
    '{person} has set {string} {on off} on {computer}',
    (stage: Stage, p: string, option: string, on: boolean, c: string) => lync.setPersonalOption(stage, p, c, option, on),
  ),
  phrase('lync.answers', 'When', '{person} answers {word} on {computer}', (stage: Stage, p: string, answer: string, c: string) =>
    lync.click(stage, p, c, answer, 'confirmDelete'),
  ),
  phrase('lync.deletes-sign-info', 'When', '{person} deletes her/his sign-in info on {computer}', (stage: Stage, p: string, c: string) =>
    lync.deleteSignInInfo(stage, p, c, 'Yes'),
  ),
  phrase(
    'lync.desktop-signs-own-sign-address-password',
    'When',
    "{person}, at {person}'s desktop on {computer}, signs in with his/her own sign-in address and password",
    (stage: Stage, p: string, owner: string, c: string) => lync.signInAs(stage, owner, c, p),
  ),
  phrase(
    'lync.desktop-chooses-options-button',
    'When',
    "{person}, at {person}'s desktop on {computer}, chooses {menu path} from the Options button",
    (stage: Stage, _p: string, owner: string, c: string, path: string[]) => lync.chooseMenu(stage, owner, c, path),
  ),
  phrase(
    'lync.desktop-deletes-sign-info',
    'When',
    "{person}, at {person}'s desktop on {computer}, deletes his/her sign-in info",
    (stage: Stage, _p: string, owner: string, c: string) => lync.deleteSignInInfo(stage, owner, c, 'Yes'),
  ),
  phrase(
    'lync.someone-else-starts-lync-start-menu-clicks',
    'When',
    "someone else at {computer} starts Lync from {person}'s Start menu and clicks Sign In",
    (stage: Stage, c: string, owner: string) => lync.startAndClickSignIn(stage, owner, c),
  ),
  phrase('lync.types-wrong-password', 'When', '{person} types a wrong password on {computer}', (stage: Stage, p: string, c: string) =>
    lync.typeWrongPassword(stage, p, c),
  ),
  phrase(
    'lync.enters-password-clicks-sign',
    'When',
    '{person} enters her/his password and clicks Sign In on {computer}',
    (stage: Stage, p: string, c: string) => lync.signInWithPassword(stage, p, c),
  ),
  phrase(
    'lync.enters-password-credential-dialog',
    'When',
    '{person} enters her/his password in the credential dialog on {computer}',
    (stage: Stage, p: string, c: string) => lync.answerCredentialDialog(stage, p, c),
  ),
  phrase(
    'lync.enters-user-name-password-credential-dialog',
    'When',
    '{person} enters the user name {string} and her/his password in the credential dialog on {computer}',
    (stage: Stage, p: string, userName: string, c: string) => lync.answerCredentialDialogAs(stage, p, c, userName),
  ),
  phrase(
    'lync.cancels-credential-dialog',
    'When',
    '{person} cancels the credential dialog on {computer}',
    (stage: Stage, p: string, c: string) => lync.click(stage, p, c, 'Cancel', 'credentials'),
  ),
  phrase(
    'lync.ticks-always-trust-this-server-clicks-connect',
    'When',
    '{person} ticks "Always trust this server" and clicks Connect on {computer}',
    (stage: Stage, p: string, c: string) => lync.trustServer(stage, p, c, true),
  ),
  phrase('lync.clicks-connect', 'When', '{person} clicks Connect on {computer}', (stage: Stage, p: string, c: string) =>
    lync.trustServer(stage, p, c, false),
  ),
  phrase(
    'lync.administrator-reinstalls-lync-office-365-portal',
    'When',
    'the administrator reinstalls Lync for {person} on {computer} from the Office 365 portal',
    (stage: Stage, p: string, c: string) => lync.reinstall(stage, p, c),
  ),
  phrase(
    'lync.signs-lync-password',
    'When',
    '{person} signs in to Lync on {computer} with her/his password',
    (stage: Stage, p: string, c: string) => lync.signInByHand(stage, p, c),
  ),
  phrase('lync.uses', 'When', '{person} uses {way to leave} on {computer}', (stage: Stage, p: string, way: WayToLeave, c: string) =>
    lync.leave(stage, p, c, way),
  ),
];
