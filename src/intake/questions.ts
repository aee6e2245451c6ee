import type { IndexedCause, SymptomIndexData } from '../symptoms/symptom-types';
import { causeTraits } from './cause-traits';
import { changes, networks } from './ticket';

/** What Lync shows, as a customer tells it. */
export const sightings = ['message', 'password-prompt', 'spinning', 'signed-in'] as const;
export type Sighting = (typeof sightings)[number];

/** A symptom without a message (message-entries.ts `silentSymptoms`), as what the customer sees; unknown ids mean signed in. */
const silentSightings: Readonly<Record<string, Sighting>> = {
  'keeps-asking-for-a-password': 'password-prompt',
  'nothing-happens': 'spinning',
  slow: 'spinning',
  'no-automatic-sign-in': 'spinning',
  'address-box-empty': 'spinning',
};

/** What a cause makes Lync show, read from the index: the kinds of its messages and its symptoms without one. */
export function sightingsOf(index: SymptomIndexData, cause: string): ReadonlySet<Sighting> {
  const seen = new Set<Sighting>();
  for (const m of index.messages)
    if (m.causes.some((l) => l.cause === cause))
      seen.add(m.kind === 'prompt' ? 'password-prompt' : m.kind === 'status' ? 'spinning' : 'message');
  for (const s of index.silent) if (s.causes.some((l) => l.cause === cause)) seen.add(silentSightings[s.id] ?? 'signed-in');
  return seen;
}

/**
 * A question a support desk asks, with the answers it takes and whether an answer fits a cause: true, false, or null
 * when the index cannot say (then the answer neither helps nor hurts the cause).
 */
export interface Question {
  readonly key: string;
  readonly text: string;
  readonly answers: readonly { readonly value: string; readonly label: string }[];
  readonly fits: (cause: IndexedCause, value: string, index: SymptomIndexData) => boolean | null;
}

const known = <T extends string>(list: readonly T[] | undefined, value: string) => (list ? list.includes(value as T) : null);

/** The questions, in the order asked when two split the candidates equally well. Context flags answer them up front. */
export const questions: readonly Question[] = [
  {
    key: 'seen',
    text: 'What does Lync show?',
    answers: [
      { value: 'message', label: 'an error or warning message' },
      { value: 'password-prompt', label: 'it asks for a password' },
      { value: 'spinning', label: 'it keeps signing in, or nothing happens' },
      { value: 'signed-in', label: 'it signs in, but something else is wrong' },
    ],
    fits: (c, v, index) => sightingsOf(index, c.id).has(v as Sighting),
  },
  {
    key: 'users',
    text: 'Do colleagues have the same trouble?',
    answers: [
      { value: 'one', label: 'no, only this person' },
      { value: 'several', label: 'yes, several people' },
    ],
    fits: (c, v) => c.affected.some((a) => a.users === v),
  },
  {
    key: 'computers',
    text: 'Does the same person have the trouble on another computer too?',
    answers: [
      { value: 'one', label: 'no, only on this computer' },
      { value: 'several', label: 'yes, on every computer' },
    ],
    fits: (c, v) => c.affected.some((a) => a.computers === v),
  },
  {
    key: 'changed',
    text: 'What changed just before it started?',
    answers: changes.map((value) => ({ value, label: value.replace('-', ' ') })),
    fits: (c, v) => known(causeTraits[c.id]?.changed, v),
  },
  {
    key: 'network',
    text: 'Where is the computer when it fails?',
    answers: networks.map((value) => ({ value, label: value === 'vpn' ? 'on VPN' : value })),
    fits: (c, v) => known(causeTraits[c.id]?.networks, v),
  },
];

/** How much an answer weighs on a cause's rank: a MiniSearch document boost, declared here as data. */
export const answerBoosts = { fits: 3, misfits: 0.25 } as const;

export function question(key: string): Question | undefined {
  return questions.find((q) => q.key === key);
}
