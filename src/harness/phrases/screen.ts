import type { IconPlace } from '../../simulator';
import type { SeenWindow } from '../parameter-types';
import * as see from '../checks/screen-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const screenPhrases: readonly Phrase[] = [
  phrase('screen.sees', 'Then', '{person} sees {seen window} on {computer}', (stage: Stage, p: string, win: SeenWindow, c: string) =>
    see.seesWindow(stage, p, c, win),
  ),
  phrase('screen.sees-signing-screen', 'Then', '{person} sees the signing-in screen on {computer}', (stage: Stage, p: string, c: string) =>
    see.seesScreen(stage, p, c, 'signing-in'),
  ),
  phrase(
    'screen.sign-address-box-holds-sign-address',
    'Then',
    "the sign-in address box on {computer} holds {person}'s sign-in address",
    (stage: Stage, c: string, p: string) => see.addressBoxHolds(stage, p, c),
  ),
  phrase(
    'screen.lync-offers-button',
    'Then',
    'Lync offers {person} a {string} button on {computer}',
    (stage: Stage, p: string, label: string, c: string) => see.hasControl(stage, p, c, label, true),
  ),
  phrase(
    'screen.lync-offers-link',
    'Then',
    'Lync offers {person} a {string} link on {computer}',
    (stage: Stage, p: string, label: string, c: string) => see.hasControl(stage, p, c, label, true),
  ),
  phrase('screen.sees-no-password-box', 'Then', '{person} sees no password box on {computer}', (stage: Stage, p: string, c: string) =>
    see.hasControl(stage, p, c, 'Password', false),
  ),
  phrase('screen.sees-password-box', 'Then', '{person} sees a password box on {computer}', (stage: Stage, p: string, c: string) =>
    see.hasControl(stage, p, c, 'Password', true),
  ),
  phrase('screen.box', 'Then', 'the {string} box on {computer} is {on off}', (stage: Stage, label: string, c: string, on: boolean) =>
    see.checkboxIs(stage, null, c, label, on, 'main'),
  ),
  phrase('screen.option', 'Then', 'the {string} option on {computer} is {on off}', (stage: Stage, label: string, c: string, on: boolean) =>
    see.checkboxIs(stage, null, c, label, on, 'options'),
  ),
  phrase(
    'screen.file-menu-options-button-offers-close-sign',
    'Then',
    'the File menu of the Options button on {computer} offers Close, Sign Out and Exit',
    (stage: Stage, c: string) => see.menuOffers(stage, null, c, 'File', ['Close', 'Sign Out', 'Exit']),
  ),
  phrase(
    'screen.lync-icon',
    'Then',
    'the Lync icon is in the {place} of {person} on {computer}',
    (stage: Stage, place: IconPlace, p: string, c: string) => see.iconShown(stage, p, c, place, true),
  ),
  phrase(
    'screen.lync-icon-not',
    'Then',
    'the Lync icon is not in the {place} of {person} on {computer}',
    (stage: Stage, place: IconPlace, p: string, c: string) => see.iconShown(stage, p, c, place, false),
  ),
  phrase(
    'screen.sees-alert',
    'Then',
    '{person} sees an alert from {person} on {computer}',
    (stage: Stage, p: string, from: string, c: string) => see.seesAlert(stage, p, c, from),
  ),
  phrase('screen.lync-tells', 'Then', 'Lync on {computer} tells {person} {string}', (stage: Stage, c: string, p: string, text: string) =>
    see.seesMessage(stage, p, c, text),
  ),
  phrase('screen.lync-asks', 'Then', 'Lync asks {person} {string} on {computer}', (stage: Stage, p: string, text: string, c: string) =>
    see.seesMessage(stage, p, c, text, 'confirmDelete'),
  ),
  phrase(
    'screen.lync-tells-under-title',
    'Then',
    'Lync on {computer} tells {person} {string} under the title {string}',
    (stage: Stage, c: string, p: string, text: string, title: string) => see.seesTitledMessage(stage, p, c, title, text),
  ),
  phrase('screen.lync-asks-2', 'Then', 'Lync on {computer} asks {person} {string}', (stage: Stage, c: string, p: string, text: string) =>
    see.seesMessage(stage, p, c, text),
  ),
  phrase(
    'screen.lync-shows-credential-dialog',
    'Then',
    'Lync on {computer} shows {person} a credential dialog',
    (stage: Stage, c: string, p: string) => see.seesDialog(stage, p, c, 'credentials', true),
  ),
  phrase(
    'screen.lync-shows-no-credential-dialog',
    'Then',
    'Lync on {computer} shows {person} no credential dialog',
    (stage: Stage, c: string, p: string) => see.seesDialog(stage, p, c, 'credentials', false),
  ),
  phrase(
    'screen.lync-shows-no-trust-prompt',
    'Then',
    'Lync on {computer} shows {person} no trust prompt',
    (stage: Stage, c: string, p: string) => see.seesDialog(stage, p, c, 'trustServer', false),
  ),
  phrase(
    'screen.contact-list-shows-presence-as-unknown',
    'Then',
    "{person}'s contact list on {computer} shows presence as unknown",
    (stage: Stage, p: string, c: string) => see.labelReads(stage, p, c, 'Contact list', 'Presence unknown'),
  ),
  phrase(
    'screen.contact-list-shows-presence-as-up-date',
    'Then',
    "{person}'s contact list on {computer} shows presence as up to date",
    (stage: Stage, p: string, c: string) => see.labelReads(stage, p, c, 'Contact list', 'Presence up to date'),
  ),
  phrase('screen.sees-no-message', 'Then', '{person} sees no message on {computer}', (stage: Stage, p: string, c: string) =>
    see.seesNoMessage(stage, p, c),
  ),
  phrase(
    'screen.personal-page-options-dialog-offers',
    'Then',
    'the Personal page of the Options dialog on {computer} offers {string}',
    (stage: Stage, c: string, label: string) => see.personalOption(stage, null, c, label),
  ),
];
