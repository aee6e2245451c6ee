import type { ColleagueView, DesktopRef, FaultView, PanelAction, PanelState, SymptomChoice } from '../desktop-api';
import { el } from './dom';
import { ticketPanel } from './ticket-panel';

/**
 * The playground's side panel: what happens around Lync (Windows, network, DNS, clock, service, colleagues, time),
 * the timeline of the fake world, and the story so far as Gherkin. Built once; `update` refreshes what changes, so the
 * choices in its lists stay as support staff left them.
 */
export interface PanelView {
  update(state: PanelState): void;
  /** Shows why a panel action failed, in the error panel at the top, until the next action succeeds or it is dismissed. */
  problem(title: string, reason: string): void;
  clearProblem(): void;
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
  const from = select('From', personLists);
  const to = select('To', personLists);
  const colleagueGroup = group(
    'A colleague',
    row(from, to),
    row(button('Send an instant message', () => ({ kind: 'sendMessage', from: from.value, to: to.value }))),
  );
  const owner = select('Whose contact list', personLists);
  const contact = select('Contact', personLists);
  const colleagueView = el('ul', { class: 'colleagues', 'aria-label': "A colleague's view" });
  const contactsGroup = group(
    'Contacts and presence',
    row(owner, contact),
    row(button('Add to the contact list', () => ({ kind: 'addContact', owner: owner.value, contact: contact.value }))),
    el('p', { class: 'note' }, 'What each person sees of the others in Lync Online, as a colleague:'),
    colleagueView,
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
  const account = select('Person', personLists);
  const serviceGroup = group(
    'Office 365',
    row(
      account,
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
  const symptomList = select('Symptom', null);
  const causeList = select('Cause', null);
  symptomList.classList.add('wide');
  causeList.classList.add('wide');
  const symptomGroup = group(
    'Start from a symptom',
    row(symptomList),
    row(
      causeList,
      button('Set up the world', () => (causeList.value ? { kind: 'symptom', cause: causeList.value } : null)),
    ),
    el(
      'p',
      { class: 'note' },
      'Pick what the customer sees and one of its causes: the fault is switched on, as it would be for the customer.',
    ),
  );
  let symptoms: readonly SymptomChoice[] = [];
  symptomList.addEventListener('change', () => fillCauses());
  const fillCauses = () =>
    fill(
      causeList,
      (symptoms[Number(symptomList.value)]?.causes ?? []).map((c) => [c.id, c.title]),
    );
  const faultsBox = el('div', { class: 'faults' });
  const truth = el('ul', { class: 'truth', 'aria-label': 'Ground truth' });
  const problemTitle = el('h3', {}, '');
  const problemReason = el('p', { class: 'problem-reason' }, '');
  const dismiss = el('button', { type: 'button', class: 'button' }, 'Dismiss');
  const problemPanel = el(
    'section',
    { class: 'panel-error', role: 'alert', 'aria-label': 'Problem', hidden: true },
    problemTitle,
    problemReason,
    dismiss,
  );
  dismiss.addEventListener('click', () => (problemPanel.hidden = true));
  // "Start from a ticket" (free text to ranked causes, src/intake): it sends { kind: 'symptom', cause } for the cause
  // chosen, as "Start from a symptom" does.
  const ticketSlot = ticketPanel(send);
  aside.replaceChildren(
    problemPanel,
    el('h2', {}, 'Fake world'),
    row(button('Start over', () => ({ kind: 'startOver' }))),
    computers,
    el('h3', {}, 'Ground truth'),
    truth,
    ticketSlot,
    symptomGroup,
    windowsGroup,
    networkGroup,
    serviceGroup,
    policyGroup,
    contactsGroup,
    colleagueGroup,
    timeGroup,
    el('h2', {}, 'Faults'),
    faultsBox,
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
      if (first) {
        faultsBox.replaceChildren(...faultGroups(state.faults, send, personLists, computerLists));
        symptoms = state.symptoms;
        fill(
          symptomList,
          symptoms.map((m, i) => [String(i), `${m.kind}: ${m.text.length > 90 ? `${m.text.slice(0, 89)}…` : m.text}`]),
        );
        fillCauses();
      }
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
      truth.replaceChildren(...state.truth.map((t) => el('li', {}, t)));
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
      colleagueView.replaceChildren(...state.colleagues.map(colleagueLine));
      timeline.textContent = state.timeline;
      timeline.scrollTop = timeline.scrollHeight;
      gherkin.textContent = state.gherkin;
      copied.textContent = '';
    },
    problem(title: string, reason: string): void {
      problemTitle.textContent = title;
      problemReason.textContent = reason;
      problemPanel.hidden = false;
      problemPanel.scrollIntoView({ block: 'nearest' });
    },
    clearProblem(): void {
      problemPanel.hidden = true;
    },
  };
}

/** "Bob, in Lync on PC2: contacts Alice; sees Alice as Away", one line per colleague. */
function colleagueLine(v: ColleagueView): HTMLElement {
  const where = v.readsIn === null ? 'no Lync signed in, sees what the service shows' : `in Lync on ${v.readsIn}`;
  const sees = v.sees.map((x) => (x.presence === null ? `${x.name} not in the list` : `${x.name} as ${x.presence}`)).join(', ');
  return el(
    'li',
    { 'data-colleague': v.colleague },
    `${v.colleague} (${where}): contacts ${v.contacts.join(', ') || 'none'}; sees ${sees || 'nobody'}`,
  );
}

/** Replaces a list's options when they change, keeping the choice. */
function fill(s: HTMLSelectElement, options: readonly (readonly [string, string])[]): void {
  const same = s.options.length === options.length && options.every(([value], i) => s.options[i]?.value === value);
  if (same) return;
  const before = s.value;
  s.replaceChildren(...options.map(([value, text]) => el('option', { value }, text)));
  if (options.some(([value]) => value === before)) s.value = before;
}

const placeTitles: Readonly<Record<string, string>> = {
  computer: 'On a computer',
  'local cache': "In a user's cache on a computer",
  'client setting': 'In a Lync setting',
  account: 'In an account',
  tenant: 'In the tenant (Lync Online, identity provider)',
  DNS: "In the domain's DNS",
  network: 'In the network',
};

/** The fault switches of the registry, grouped by where they live; each parameter labelled with its unit and limits. */
function faultGroups(
  faults: readonly FaultView[],
  send: Send,
  personLists: HTMLSelectElement[],
  computerLists: HTMLSelectElement[],
): HTMLElement[] {
  const places = [...new Set(faults.map((f) => f.place))];
  return places.map((place) =>
    el(
      'fieldset',
      { class: 'fault-place', 'data-place': place },
      el('legend', {}, placeTitles[place] ?? place),
      ...faults
        .filter((f) => f.place === place)
        .map((f) => {
          const inputs = f.params.map((p) => {
            const label = `${f.title}: ${p.kind === 'number' ? `${p.label} (${p.unit}, ${p.min} to ${p.max})` : p.label}`;
            if (p.kind === 'person' || p.kind === 'computer') {
              const s = el('select', { 'aria-label': label, 'data-param': p.name });
              (p.kind === 'person' ? personLists : computerLists).push(s);
              return { name: p.name, number: false, input: s as HTMLSelectElement | HTMLInputElement, caption: null as string | null };
            }
            const attrs: Record<string, string> = { type: 'text', value: '' };
            if (p.kind === 'number')
              Object.assign(attrs, {
                type: 'number',
                min: String(p.min),
                max: String(p.max),
                step: '1',
                value: String(p.example ?? Math.max(p.min, 1)),
              });
            else if (p.kind === 'text') attrs.value = p.example;
            return {
              name: p.name,
              number: p.kind === 'number',
              input: el('input', { ...attrs, 'aria-label': label, 'data-param': p.name, title: label }),
              caption: p.kind === 'number' ? `${p.label} (${p.unit}, ${p.min} to ${p.max})` : p.label,
            };
          });
          const args = () => Object.fromEntries(inputs.map((i) => [i.name, i.number ? Number(i.input.value) : i.input.value]));
          const turn = (on: boolean) => {
            const b = el(
              'button',
              { type: 'button', class: 'button', 'aria-label': `${on ? 'Turn on' : 'Turn off'}: ${f.title}` },
              on ? 'On' : 'Off',
            );
            b.addEventListener('click', () => send({ kind: 'fault', id: f.id, on, args: args() }));
            return b;
          };
          return el(
            'div',
            { class: 'fault', 'data-fault': f.id },
            el('p', { class: 'fault-title' }, f.title),
            el(
              'div',
              { class: 'row' },
              ...inputs.map((i) => (i.caption === null ? i.input : el('label', { class: 'param' }, `${i.caption} `, i.input))),
              turn(true),
              ...(f.reversible ? [turn(false)] : []),
            ),
          );
        }),
    ),
  );
}
