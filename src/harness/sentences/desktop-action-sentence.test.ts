import { expect } from 'chai';
import { test } from 'node:test';
import { desktopActionSentence, optionSetSentence } from './desktop-action-sentence';
import type { SpokenAction } from './typed-text';
import { wordingProblem } from './wording-problem';

const cases: [SpokenAction, string][] = [
  [
    { kind: 'startMenu', path: 'All Programs > Microsoft Lync > Lync 2013' },
    'Bob clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC2',
  ],
  [{ kind: 'click', window: 'main', control: 'Sign In' }, 'Bob clicks Sign In on PC2'],
  [{ kind: 'click', window: 'main', control: 'Delete my sign-in info' }, 'Bob clicks "Delete my sign-in info" on PC2'],
  [{ kind: 'click', window: 'options', control: 'OK' }, 'Bob clicks "OK" in the Options dialog on PC2'],
  [{ kind: 'click', window: 'confirmDelete', control: 'Yes' }, 'Bob answers Yes on PC2'],
  [{ kind: 'click', window: 'trustServer', control: 'Connect' }, 'Bob clicks "Connect" in the trust prompt on PC2'],
  [{ kind: 'type', window: 'main', field: 'Password', text: { what: 'password', whose: 'Bob' } }, 'Bob types his password on PC2'],
  [
    { kind: 'type', window: 'credentials', field: 'Password', text: { what: 'password', whose: 'Bob' } },
    'Bob types his password in the credential dialog on PC2',
  ],
  [{ kind: 'type', window: 'main', field: 'Password', text: { what: 'password', whose: 'Alice' } }, "Bob types Alice's password on PC2"],
  [
    { kind: 'type', window: 'credentials', field: 'Password', text: { what: 'password', whose: 'Alice' } },
    "Bob types Alice's password in the credential dialog on PC2",
  ],
  [{ kind: 'type', window: 'main', field: 'Password', text: { what: 'wrong password' } }, 'Bob types a wrong password on PC2'],
  [
    { kind: 'type', window: 'credentials', field: 'Password', text: { what: 'wrong password' } },
    'Bob types a wrong password in the credential dialog on PC2',
  ],
  [
    { kind: 'type', window: 'main', field: 'Sign-in address', text: { what: 'address', whose: 'Bob' } },
    'Bob types his sign-in address on PC2',
  ],
  [
    { kind: 'type', window: 'main', field: 'Sign-in address', text: { what: 'address', whose: 'Alice' } },
    "Bob types Alice's sign-in address on PC2",
  ],
  [
    { kind: 'type', window: 'main', field: 'Sign-in address', text: { what: 'text', text: 'someone@fabrikam.com' } },
    'Bob types the sign-in address "someone@fabrikam.com" on PC2',
  ],
  [{ kind: 'type', window: 'main', field: 'Search', text: { what: 'text', text: 'Alice' } }, 'Bob types "Alice" into "Search" on PC2'],
  [
    { kind: 'type', window: 'connectionSettings', field: 'Internal server name', text: { what: 'text', text: 'lync.contoso.com' } },
    'Bob types "lync.contoso.com" into "Internal server name" in the Advanced Connection Settings dialog on PC2',
  ],
  [{ kind: 'toggle', window: 'main', control: 'Save my password', on: true }, 'Bob ticks "Save my password" on PC2'],
  [
    { kind: 'toggle', window: 'options', control: 'Automatically start Lync when I log on to Windows', on: false },
    'Bob clears "Automatically start Lync when I log on to Windows" in the Options dialog on PC2',
  ],
  [{ kind: 'menu', window: 'main', path: ['File', 'Sign Out'] }, 'Bob chooses File > Sign Out from the Options button on PC2'],
  [{ kind: 'menu', window: 'main', menu: 'Presence', path: ['Busy'] }, 'Bob sets his presence to Busy on PC2'],
  [{ kind: 'menu', window: 'main', menu: 'Presence', path: ['Reset Status'] }, 'Bob resets his status on PC2'],
  [{ kind: 'closeWindow', window: 'main' }, 'Bob clicks the X in the upper-right corner of the Lync window on PC2'],
  [{ kind: 'closeWindow', window: 'options' }, 'Bob closes the Options dialog with its X on PC2'],
  [{ kind: 'closeWindow', window: 'configurationInformation' }, 'Bob closes the Configuration Information window with its X on PC2'],
  [{ kind: 'icon', place: 'taskbar' }, 'Bob clicks the Lync icon in the taskbar on PC2'],
  [
    { kind: 'iconMenu', place: 'notification area', item: 'Sign Out' },
    'Bob right-clicks the Lync icon in the notification area on PC2 and chooses Sign Out',
  ],
  [
    { kind: 'iconMenu', place: 'notification area', item: 'Configuration Information', ctrl: true },
    'Bob holds CTRL, right-clicks the Lync icon in the notification area on PC2 and chooses "Configuration Information"',
  ],
];

for (const [action, text] of cases)
  test(`a desktop action in the current wording: ${text}`, () => {
    const written = desktopActionSentence('Bob', 'PC2', action);
    expect(written).to.equal(text);
    expect(wordingProblem(written)).to.equal(null);
  });

test('an option set in the Options dialog is one step', () => {
  expect(optionSetSentence('Alice', 'PC1', 'Show Lync in the foreground when it starts', false)).to.equal(
    'Alice sets "Show Lync in the foreground when it starts" off on PC1',
  );
});

test('what no phrase can say is an error that says so, never a made-up step', () => {
  expect(() =>
    desktopActionSentence('Bob', 'PC2', { kind: 'type', window: 'main', field: 'Search', text: { what: 'address', whose: 'Bob' } }),
  ).to.throw(/no phrase says that Bob types address into "Search"/);
  expect(() => desktopActionSentence('Bob', 'PC2', { kind: 'iconMenu', place: 'taskbar', item: 'Exit', ctrl: true })).to.throw(/no phrase/);
});
