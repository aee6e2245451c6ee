import type { PanelAction } from '../desktop-api';
import { el } from './dom';

/** What POST /api/ticket answers (src/ui/ticket-endpoint.ts): the causes best first, or the next question to ask. */
interface TicketReply {
  readonly confident: boolean;
  readonly causes: readonly { readonly id: string; readonly title: string; readonly confirm: string; readonly fix: string }[];
  readonly question: {
    readonly key: string;
    readonly text: string;
    readonly answers: readonly { readonly value: string; readonly label: string }[];
  } | null;
  /** Context the intake read in the customer's sentence ("after IT changed my password"), by question key. */
  readonly fromWords?: Readonly<Record<string, string>>;
  readonly error?: string;
}

/** What a customer may say changed before the trouble began (the intake's `--changed`). */
const changes: readonly (readonly [string, string])[] = [
  ['', 'Nothing said about a change'],
  ['password', 'a password'],
  ['dns', 'the DNS host'],
  ['new-computer', 'a new computer'],
  ['sleep', 'a sleep or hibernation'],
  ['network', 'the network'],
  ['update', 'an update'],
  ['policy', 'a policy'],
  ['account', 'the account'],
  ['nothing', 'nothing changed'],
];

/**
 * "Start from a ticket": the customer's words (and what changed, if she said) go to the intake; it answers with the
 * causes, best first, each with a button that sets it up in the world as "Start from a symptom" does, or with the one
 * question that best splits them, whose answers are buttons that ask again.
 */
export function ticketPanel(send: (action: PanelAction) => void): HTMLElement {
  const text = el('textarea', { 'aria-label': 'Ticket', rows: '3', placeholder: "The customer's words, as written in the ticket" });
  const changed = el('select', { 'aria-label': 'What changed' }, ...changes.map(([value, label]) => el('option', { value }, label)));
  const read = el('button', { type: 'button', class: 'button' }, 'Read the ticket');
  const answer = el('div', { class: 'ticket-answer', 'aria-live': 'polite' });
  let answers: Record<string, string> = {};

  const ask = async (): Promise<void> => {
    const ticket = { text: text.value, ...(changed.value ? { changed: changed.value } : {}), answers };
    const response = await fetch('/api/ticket', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ticket),
    });
    const reply = (await response.json()) as TicketReply;
    if (!response.ok) {
      answer.replaceChildren(el('p', { class: 'problem-reason', role: 'alert' }, reply.error ?? `${response.status}`));
      return;
    }
    answer.replaceChildren(...render(reply));
  };
  const render = (reply: TicketReply): HTMLElement[] => {
    const out: HTMLElement[] = [];
    const read = Object.entries(reply.fromWords ?? {}).map(([key, value]) => `${key}: ${value.replace('-', ' ')}`);
    if (read.length > 0) out.push(el('p', { class: 'note', 'data-slot': 'from-words' }, `Read in the words: ${read.join('; ')}`));
    if (reply.question) {
      const q = reply.question;
      out.push(el('p', { class: 'ticket-question' }, q.text));
      out.push(
        el(
          'div',
          { class: 'row' },
          ...q.answers.map((a) => {
            const b = el('button', { type: 'button', class: 'button' }, a.label);
            b.addEventListener('click', () => {
              answers = { ...answers, [q.key]: a.value };
              void ask();
            });
            return b;
          }),
        ),
      );
      if (reply.causes.length > 0) out.push(el('p', { class: 'note' }, 'Leading so far:'));
    } else if (reply.causes.length === 0) out.push(el('p', { class: 'note' }, 'No cause in the index matches these words.'));
    const list = el('ol', { class: 'ticket-causes' });
    for (const c of reply.causes.slice(0, reply.question ? 3 : 5)) {
      const setUp = el('button', { type: 'button', class: 'button', 'aria-label': `Set up: ${c.title}` }, 'Set up this cause');
      setUp.addEventListener('click', () => send({ kind: 'symptom', cause: c.id }));
      list.append(el('li', { 'data-cause': c.id }, el('strong', {}, c.title), el('p', { class: 'note' }, `Fix: ${c.fix}`), setUp));
    }
    out.push(list);
    return out;
  };
  read.addEventListener('click', () => {
    answers = {};
    void ask();
  });
  return el(
    'fieldset',
    { 'data-slot': 'ticket', 'aria-label': 'Start from a ticket' },
    el('legend', {}, 'Start from a ticket'),
    el('div', { class: 'row' }, text),
    el('div', { class: 'row' }, changed, read),
    answer,
  );
}
