import { expect } from 'chai';
import { test } from 'node:test';
import type { WireEvent } from '../../protocol';
import type { ClientView } from '../../simulator';
import { unrenderedTarget } from './unrendered-target';

const view: ClientView = {
  windows: [
    {
      id: 'main',
      title: 'Lync',
      visible: true,
      foreground: true,
      screen: 'sign-in',
      controls: [
        { kind: 'menu', name: 'Options', items: [{ name: 'File', items: [{ name: 'Exit' }] }] },
        { kind: 'textbox', name: 'Sign-in address', value: '', secret: false },
        { kind: 'button', name: 'Sign In' },
        { kind: 'link', name: 'Delete my sign-in info' },
      ],
    },
  ],
  icon: { tooltip: 'Lync', menu: ['Open Lync', 'Exit'], ctrlMenu: ['Configuration Information'] },
  taskbarButton: false,
};

const cases: { event: WireEvent; shown: boolean; says?: string }[] = [
  { event: { type: 'user.click', window: 'main', control: 'Sign In' }, shown: true },
  { event: { type: 'user.click', window: 'main', control: 'Sign in' }, shown: false, says: 'no button or link named "Sign in"' },
  { event: { type: 'user.click', window: 'main', control: 'Delete my sign-in information' }, shown: true },
  { event: { type: 'user.click', window: 'options', control: 'OK' }, shown: false, says: 'no visible "options" window' },
  { event: { type: 'user.type', window: 'main', field: 'Sign-in address', text: 'a', secret: false }, shown: true },
  {
    event: { type: 'user.type', window: 'main', field: 'Password', text: 'a', secret: true },
    shown: false,
    says: 'no textbox named "Password"',
  },
  { event: { type: 'user.toggle', window: 'main', control: 'Sign In', on: true }, shown: false, says: 'no checkbox' },
  { event: { type: 'user.menu', window: 'main', path: ['File', 'Exit'] }, shown: true },
  { event: { type: 'user.menu', window: 'main', path: ['File', 'Sign Out'] }, shown: false, says: 'has no item File > Sign Out' },
  { event: { type: 'user.iconMenu', place: 'notification area', item: 'Configuration Information', ctrl: true }, shown: true },
  { event: { type: 'user.iconMenu', place: 'notification area', item: 'Configuration Information' }, shown: false, says: 'offered' },
  { event: { type: 'user.iconClick', place: 'taskbar' }, shown: false, says: 'no Lync icon in the taskbar' },
  { event: { type: 'timer.fired', name: 'x' }, shown: true },
];

for (const c of cases) {
  test(`unrenderedTarget: ${JSON.stringify(c.event)} is ${c.shown ? 'shown' : 'refused'}`, () => {
    const problem = unrenderedTarget(view, c.event);
    if (c.shown) expect(problem).to.equal(null);
    else
      expect(problem)
        .to.be.a('string')
        .and.to.include(c.says ?? '');
  });
}
