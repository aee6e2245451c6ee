import type { DesktopRef, PanelAction, PanelState } from '../desktop-api';
import { el } from './dom';

/**
 * The playground's side panel: what happens around Lync (Windows, network, DNS, clock, service, colleagues, time),
 * the timeline of the fake world, and the story so far as Gherkin. Built once; `update` refreshes what changes, so the
 * choices in its lists stay as support staff left them.
 */
export interface PanelView {
  update(state: PanelState): void;
}

type Send = (action: PanelAction) => void;

const networks: readonly (readonly [string, string])[] = [
  ['organization', "the organization's network"],
  ['internet', 'the internet'],
  ['offline', 'offline'],
];

/** The Lync policies Group Policy offers (AS-08..AS-10, FS-14), by the titles it shows. */
const policies: readonly (readonly [string, string])[] = [
  'Allow storage of user passwords',
  'Prevent users from running Microsoft Lync',
  'Disable automatic upload of sign-in failure logs',
].map((t) => [t, t] as const);

export function createPanel(aside: HTMLElement, send: Send, shown: () => DesktopRef | null): PanelView {
  const personLists: HTMLSelectElement[] = [];
  const computerLists: HTMLSelectElement[] = [];
  const select = (
    label: string,
    into: HTMLSelectElement[] | null,
    options: readonly (readonly [string, string])[] = [],
  ): HTMLSelectElement => {
    const s = el('select', { 'aria-label': label }, ...options.map(([value, text]) => el('option', { value }, text)));
    into?.push(s);
    return s;
  };
  const number = (label: string, value: string): HTMLInputElement => el('input', { type: 'number', 'aria-label': label, value, step: '1' });
  const button = (name: string, action: () => PanelAction | null): HTMLButtonElement => {
    const b = el('button', { type: 'button', class: 'button' }, name);
    b.addEventListener('click', () => {
      const a = action();
      if (a !== null) send(a);
    });
    return b;
  };
  const group = (legend: string, ...children: HTMLElement[]): HTMLElement => el('fieldset', {}, el('legend', {}, legend), ...children);
  const row = (...children: HTMLElement[]): HTMLElement => el('div', { class: 'row' }, ...children);

  const who = select('Person', personLists);
  const where = select('Computer', computerLists);
  const windowsGroup = group(
    'Windows',
    row(who, where),
    row(
      ...(['Log on', 'Log off', 'Lock', 'Unlock'] as const).map((name, i) =>
        button(name, () => ({
          kind: (['logOn', 'logOff', 'lock', 'unlock'] as const)[i] ?? 'logOn',
          person: who.value,
          computer: where.value,
        })),
      ),
    ),
    row(
      button('Move the mouse', () => ({ kind: 'moveMouse', person: who.value, computer: where.value })),
      button('Switch user', () => ({ kind: 'switchUser', person: who.value, computer: where.value })),
    ),
    row(
      ...(['Put to sleep', 'Wake up', 'Shut down', 'Start the computer'] as const).map((name, i) =>
        button(name, () => ({ kind: (['sleep', 'wake', 'shutDown', 'startUp'] as const)[i] ?? 'sleep', computer: where.value })),
      ),
    ),
  );
  const netComputer = select('Computer', computerLists);
  const netName = select('Network', null, networks);
  const networkGroup = group(
    'Network',
    row(netComputer, netName),
    row(
      button('Change network', () => ({
        kind: 'network',
        computer: netComputer.value,
        network: netName.value === 'internet' ? 'internet' : netName.value === 'offline' ? 'offline' : 'organization',
      })),
    ),
  );
  const dnsState = el('p', { class: 'note' });
  const breakDns = button('Break DNS', () => ({ kind: 'breakDns' }));
  const restoreDns = button('Restore DNS', () => ({ kind: 'restoreDns' }));
  const dnsGroup = group('DNS', dnsState, row(breakDns, restoreDns));
  const clockComputer = select('Computer', computerLists);
  const skew = number('Minutes ahead', '10');
  const clockGroup = group(
    'Clock',
    row(clockComputer, skew),
    row(button('Skew the clock', () => ({ kind: 'skewClock', computer: clockComputer.value, minutes: Number(skew.value) || 0 }))),
  );
  const account = select('Person', personLists);
  const serviceGroup = group(
    'Office 365',
    row(account),
    row(
      button('Change the password', () => ({ kind: 'changePassword', person: account.value })),
      button('Type the password', () => (shown() ? { kind: 'typePassword', person: account.value } : null)),
    ),
    el('p', { class: 'note' }, 'Type the password: into the Password box of the desktop shown, without showing it.'),
  );
  const policy = select('Policy', null, policies);
  const policyState = select('State', null, [
    ['Disabled', 'Disabled'],
    ['Enabled', 'Enabled'],
    ['Not configured', 'Not configured'],
  ]);
  const policyComputer = select('Computer', computerLists);
  const policyPerson = select('Person', personLists);
  const stateOf = (): 'Enabled' | 'Disabled' | 'Not configured' =>
    policyState.value === 'Enabled' ? 'Enabled' : policyState.value === 'Disabled' ? 'Disabled' : 'Not configured';
  const policyGroup = group(
    'Group Policy',
    row(policy, policyState),
    row(
      policyComputer,
      button('Set for the computer', () => ({
        kind: 'groupPolicy',
        scope: 'computer',
        target: policyComputer.value,
        policy: policy.value,
        state: stateOf(),
      })),
    ),
    row(
      policyPerson,
      button('Set for the person', () => ({
        kind: 'groupPolicy',
        scope: 'user',
        target: policyPerson.value,
        policy: policy.value,
        state: stateOf(),
      })),
    ),
    el('p', { class: 'note' }, "A person's policy reaches a computer at her next logon."),
  );
  const from = select('From', personLists);
  const to = select('To', personLists);
  const colleagueGroup = group(
    'A colleague',
    row(from, to),
    row(button('Send an instant message', () => ({ kind: 'sendMessage', from: from.value, to: to.value }))),
  );
  const minutes = number('Minutes', '5');
  const elapsed = el('span', { class: 'note' });
  const timeGroup = group(
    'Time',
    row(
      minutes,
      button('Advance time', () => ({ kind: 'advance', minutes: Math.max(0, Number(minutes.value) || 0) })),
    ),
    elapsed,
  );
  const computers = el('ul', { class: 'computers', 'aria-label': 'Computers' });
  const timeline = el('pre', { class: 'timeline', 'aria-label': 'Timeline', tabindex: '0' });
  const gherkin = el('pre', { class: 'gherkin', 'aria-label': 'Gherkin', tabindex: '0' });
  const copied = el('span', { class: 'note', role: 'status' });
  const copy = el('button', { type: 'button', class: 'button' }, 'Copy as Gherkin');
  copy.addEventListener('click', () => {
    void navigator.clipboard.writeText(gherkin.textContent ?? '').then(
      () => (copied.textContent = 'Copied.'),
      () => {
        getSelection()?.selectAllChildren(gherkin);
        copied.textContent = 'Selected: press Ctrl+C.';
      },
    );
  });
  aside.replaceChildren(
    el('h2', {}, 'Fake world'),
    computers,
    windowsGroup,
    networkGroup,
    dnsGroup,
    clockGroup,
    serviceGroup,
    policyGroup,
    colleagueGroup,
    timeGroup,
    el('h2', {}, 'Timeline'),
    timeline,
    el('h2', {}, 'As a scenario'),
    row(copy, copied),
    gherkin,
  );
  aside.hidden = false;
  let first = true;

  return {
    update(state: PanelState): void {
      for (const s of personLists)
        fill(
          s,
          state.people.map((p) => [p.name, p.name]),
        );
      for (const s of computerLists)
        fill(
          s,
          state.computers.map((c) => [c.name, c.name]),
        );
      if (first && from.options.length > 1) from.selectedIndex = 1;
      first = false;
      dnsState.textContent = state.dnsBroken
        ? 'The Lync records of the domain are missing.'
        : 'The Lync records of the domain are in place.';
      breakDns.disabled = state.dnsBroken;
      restoreDns.disabled = !state.dnsBroken;
      elapsed.textContent = `Time since the start: ${state.elapsed}`;
      computers.replaceChildren(
        ...state.computers.map((c) =>
          el(
            'li',
            {},
            `${c.name}: ${networks.find(([n]) => n === c.network)?.[1] ?? c.network}; clock ${c.clockOffsetMinutes >= 0 ? '+' : ''}${c.clockOffsetMinutes} min; logged on: ${c.loggedOn.map((u) => (c.locked.includes(u) ? `${u} (locked)` : u)).join(', ') || 'nobody'}`,
          ),
        ),
      );
      timeline.textContent = state.timeline;
      timeline.scrollTop = timeline.scrollHeight;
      gherkin.textContent = state.gherkin;
      copied.textContent = '';
    },
  };
}

/** Replaces a list's options when they change, keeping the choice. */
function fill(s: HTMLSelectElement, options: readonly (readonly [string, string])[]): void {
  const same = s.options.length === options.length && options.every(([value], i) => s.options[i]?.value === value);
  if (same) return;
  const before = s.value;
  s.replaceChildren(...options.map(([value, text]) => el('option', { value }, text)));
  if (options.some(([value]) => value === before)) s.value = before;
}
