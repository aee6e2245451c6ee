import { expect } from 'chai';
import { test } from 'node:test';
import type { DesktopAction } from '../fakes';
import { wordingProblem } from '../harness/sentences';
import { phrasebook } from '../harness/the-phrasebook';
import { demoWorld } from './demo-world';
import type { PanelAction } from './desktop-api';
import { WorldPanel } from './world-panel';

/** Every step of a copied feature file, without its keyword. */
const steps = (gherkin: string): string[] =>
  gherkin.split('\n').flatMap((l) => /^ {4}(?:Given|When|Then|And) (.*)$/.exec(l)?.slice(1) ?? []);

const worldEventPhrases = [
  ...['world.has-office-365-account', 'world.logged', 'world.lync-was-installed-office-365-portal'],
  ...['world.logs', 'world.locks', 'world.unlocks', 'world.logs-off', 'presence.moves-mouse'],
  ...['session.logs-through-switch-user', 'session.switches-back-session', 'world.goes-on-network', 'world.goes-offline'],
  ...['faults.clock-off.1', 'faults.clock-off.3', 'faults.slow-answers.1', 'world.sends-instant-message'],
  ...['faults.computer-policy.1', 'faults.user-policy.1', 'world.time-passes'],
  ...['session.goes-sleep', 'session.wakes-up', 'session.shuts-down', 'session.started-again'],
];
const desktopPhrases = [
  ...['lync.clicks-start', 'lync.clicks-sign', 'lync.clicks', 'lync.answers', 'dialog.clicks', 'lync.types-sign-address'],
  ...['dialog.types-sign-address', 'dialog.types-sign-address-2', 'lync.types-password', 'dialog.types-password-2'],
  ...['lync.types-wrong-password', 'dialog.types-password', 'dialog.types-wrong-password', 'dialog.types-2'],
  ...['lync.ticks-or-clears', 'dialog.ticks-or-clears', 'presence.sets-presence', 'presence.resets-status'],
  ...['dialog.closes-its-x', 'lync.clicks-x-upper-right-corner-lync-window', 'lync.clicks-lync-icon'],
  ...['lync.right-clicks-lync-icon-chooses', 'diagnostics.holds-ctrl-right-clicks-lync-icon-notification'],
  ...['lync.sets', 'lync.chooses-options-button'],
];

const panelActions: PanelAction[] = [
  { kind: 'logOn', person: 'Alice', computer: 'PC2' },
  { kind: 'lock', person: 'Alice', computer: 'PC2' },
  { kind: 'unlock', person: 'Alice', computer: 'PC2' },
  { kind: 'logOff', person: 'Alice', computer: 'PC2' },
  { kind: 'moveMouse', person: 'Alice', computer: 'PC1' },
  { kind: 'switchUser', person: 'Bob', computer: 'PC1' },
  { kind: 'switchUser', person: 'Alice', computer: 'PC1' },
  { kind: 'network', computer: 'PC1', network: 'internet' },
  { kind: 'network', computer: 'PC1', network: 'offline' },
  { kind: 'network', computer: 'PC1', network: 'organization' },
  { kind: 'fault', id: 'clock-off', on: true, args: { computer: 'PC1', minutes: 20 } },
  { kind: 'fault', id: 'clock-off', on: false, args: { computer: 'PC1', minutes: 20 } },
  { kind: 'symptom', cause: 'offline' },
  { kind: 'symptom', cause: 'slow-answers' },
  { kind: 'sendMessage', from: 'Bob', to: 'Alice' },
  { kind: 'groupPolicy', scope: 'computer', target: 'PC1', policy: 'Allow storage of user passwords', state: 'Disabled' },
  { kind: 'groupPolicy', scope: 'computer', target: 'PC1', policy: 'Allow storage of user passwords', state: 'Not configured' },
  { kind: 'groupPolicy', scope: 'user', target: 'Bob', policy: 'Allow storage of user passwords', state: 'Enabled' },
  { kind: 'advance', minutes: 3 },
  { kind: 'advance', minutes: 0.5 },
  { kind: 'sleep', computer: 'PC2' },
  { kind: 'wake', computer: 'PC2' },
  { kind: 'shutDown', computer: 'PC2' },
  { kind: 'startUp', computer: 'PC2' },
];

test('every sentence the playground copies, for each kind of world event and desktop action, is a phrase in its current wording', async () => {
  const { world, setUp } = await demoWorld();
  const panel = new WorldPanel(setUp);
  const alice = { computer: 'PC1', windowsUser: world.person('Alice').windowsUser };
  for (const action of panelActions) await panel.apply(world, action, alice);
  const password = (name: string) => world.service.account(world.person(name).address).password;
  const desktop: DesktopAction[] = [
    { kind: 'startMenu', path: 'All Programs > Microsoft Lync > Lync 2013' },
    { kind: 'click', window: 'main', control: 'Sign In' },
    { kind: 'click', window: 'main', control: 'Delete my sign-in info' },
    { kind: 'click', window: 'confirmDelete', control: 'No' },
    { kind: 'click', window: 'trustServer', control: 'Connect' },
    { kind: 'type', window: 'main', field: 'Sign-in address', text: world.person('Alice').address },
    { kind: 'type', window: 'main', field: 'Sign-in address', text: world.person('Bob').address },
    { kind: 'type', window: 'main', field: 'Sign-in address', text: 'someone@fabrikam.com' },
    { kind: 'type', window: 'main', field: 'Password', text: password('Alice') },
    { kind: 'type', window: 'main', field: 'Password', text: password('Bob') },
    { kind: 'type', window: 'main', field: 'Password', text: world.newSecret('a wrong password') },
    { kind: 'type', window: 'credentials', field: 'Password', text: password('Alice') },
    { kind: 'type', window: 'credentials', field: 'Password', text: world.newSecret('a wrong password') },
    { kind: 'type', window: 'connectionSettings', field: 'Internal server name', text: 'say "hi"' },
    { kind: 'toggle', window: 'main', control: 'Save my password', on: true },
    { kind: 'toggle', window: 'trustServer', control: 'Always trust this server', on: false },
    { kind: 'menu', window: 'main', menu: 'Presence', path: ['Do Not Disturb'] },
    { kind: 'menu', window: 'main', menu: 'Presence', path: ['Reset Status'] },
    { kind: 'closeWindow', window: 'credentials' },
    { kind: 'closeWindow', window: 'main' },
    { kind: 'icon', place: 'notification area' },
    { kind: 'iconMenu', place: 'notification area', item: 'Exit' },
    { kind: 'iconMenu', place: 'notification area', item: 'Configuration Information', ctrl: true },
    { kind: 'closeWindow', window: 'configurationInformation' },
    // The Options dialog: its ticks fold into one "sets" step each on OK; closed with its X, they are steps of their own.
    { kind: 'menu', window: 'main', path: ['Tools', 'Options'] },
    { kind: 'toggle', window: 'options', control: 'Show Lync in the foreground when it starts', on: false },
    { kind: 'click', window: 'options', control: 'OK' },
    { kind: 'menu', window: 'main', path: ['Tools', 'Options'] },
    { kind: 'click', window: 'options', control: 'Cancel' },
    { kind: 'toggle', window: 'options', control: 'Automatically start Lync when I log on to Windows', on: true },
    { kind: 'closeWindow', window: 'options' },
  ];
  for (const action of desktop) panel.performed(world, alice, action, ['Lync says "this" and that']);
  const copied = steps(panel.state(world).gherkin);
  const problems = copied.map(wordingProblem).filter((p) => p !== null);
  expect(problems).to.deep.equal([]);
  // Each kind was written, by its own phrase.
  const ids = new Set(copied.map((c) => phrasebook().parse(c)?.phrase.id));
  const missing = [...worldEventPhrases, ...desktopPhrases, 'screen.lync-tells', 'ground-truth.no-lync-process-runs'].filter(
    (id) => !ids.has(id),
  );
  expect(missing).to.deep.equal([]);
});
