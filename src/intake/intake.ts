import type { IndexedCause, SymptomIndexData } from '../symptoms/symptom-types';
import { bestQuestion, type WeightedCause } from './best-question';
import { candidateCauses } from './cause-documents';
import { contextFromWords } from './context-from-words';
import { question } from './questions';
import { CauseSearch, type Facts } from './search-causes';
import type { Ticket } from './ticket';

/** When the ranking counts as sure, and how wide the field of candidates a question splits is: data. */
export const intakeSettings = {
  /** The first cause is taken as the match when its score is at least this many times the second's. */
  confidentRatio: 1.6,
  /** ...and when it matched at least this many of the ticket's own words: one word ("spins") is never enough. */
  confidentWords: 2,
  /** Causes scoring at least this share of the first stay candidates for the question. */
  candidateShare: 0.45,
  /** For vague words, how much more a cause the words reach weighs than any other (at the top score). */
  vagueEvidence: 3,
  shown: 5,
} as const;

export interface RankedCause {
  readonly cause: IndexedCause;
  readonly score: number;
  readonly terms: readonly string[];
}

export interface AskedQuestion {
  readonly key: string;
  readonly text: string;
  readonly answers: readonly { readonly value: string; readonly label: string }[];
  /** Bits of uncertainty about the cause the answer is expected to remove. */
  readonly gain: number;
}

export interface IntakeResult {
  /** True when the words (and answers) point to one cause clearly ahead of the rest. */
  readonly confident: boolean;
  /** The causes the words reach, best first (the first few). */
  readonly ranked: readonly RankedCause[];
  /** Asked when not confident: the question that best splits the remaining candidates; null when none does. */
  readonly question: AskedQuestion | null;
  readonly facts: Facts;
  /** The facts read from the ticket's own words (context-from-words.ts), which context and answers did not override. */
  readonly fromWords: Facts;
  readonly candidates: number;
}

/** What the words say, context flags and answers as one set of facts by question key; later ones win. */
export function factsOf(ticket: Ticket): Facts {
  return { ...contextFromWords(ticket.text), ...givenFacts(ticket) };
}

/** Context flags and answers, as facts by question key; answers win over the context. */
function givenFacts(ticket: Ticket): Facts {
  const c = ticket.context ?? {};
  const facts: Record<string, string> = {};
  if (c.changed) facts.changed = c.changed;
  if (c.users) facts.users = c.users;
  if (c.computers) facts.computers = c.computers;
  if (c.network) facts.network = c.network;
  for (const [k, v] of Object.entries(ticket.answers ?? {})) {
    const q = question(k);
    if (!q) throw new Error(`no question "${k}"; the keys are seen, users, computers, changed, network`);
    if (!q.answers.some((a) => a.value === v))
      throw new Error(`question "${k}" takes ${q.answers.map((a) => a.value).join(', ')}, not "${v}"`);
    facts[k] = v;
  }
  return facts;
}

/**
 * Reads a ticket: ranks the causes its words and facts point to; when no cause stands clearly ahead, picks the one
 * question whose answer best splits the candidates (information gain over the causes' attributes).
 */
export function intake(search: CauseSearch, ticket: Ticket): IntakeResult {
  const given = givenFacts(ticket);
  const fromWords = Object.fromEntries(Object.entries(contextFromWords(ticket.text)).filter(([k]) => !(k in given)));
  const facts: Facts = { ...fromWords, ...given };
  const hits = search.search(ticket.text, facts);
  const [first, second] = hits;
  const confident =
    first !== undefined &&
    first.words >= intakeSettings.confidentWords &&
    (second === undefined || first.score >= intakeSettings.confidentRatio * second.score);
  // Words that say enough make the leaders the candidates; vague words weigh little against every other cause.
  const scores = new Map(hits.map((h) => [h.cause.id, h.score]));
  const vague = first === undefined || first.words < intakeSettings.confidentWords;
  const candidates: WeightedCause[] = !vague
    ? hits.filter((h) => h.score >= intakeSettings.candidateShare * first.score).map((h) => ({ cause: h.cause, weight: h.score }))
    : candidateCauses(search.index).map((cause) => ({
        cause,
        weight: search.factor(cause, facts) * (1 + (intakeSettings.vagueEvidence * (scores.get(cause.id) ?? 0)) / (first?.score ?? 1)),
      }));
  const best = confident ? null : bestQuestion(candidates, new Set(Object.keys(facts)), search.index);
  // For vague words the ranking is the candidates' weights: only causes the words or the facts lifted above the rest.
  const ranked: RankedCause[] = vague
    ? candidates
        .filter((c) => c.weight > 1)
        .sort((a, b) => b.weight - a.weight)
        .map((c) => ({ cause: c.cause, score: c.weight, terms: hits.find((h) => h.cause === c.cause)?.terms ?? [] }))
    : hits;
  return {
    confident,
    ranked: ranked.slice(0, confident ? 3 : intakeSettings.shown),
    question: best && {
      key: best.question.key,
      text: best.question.text,
      answers: best.question.answers,
      gain: Math.round(best.gain * 100) / 100,
    },
    facts,
    fromWords,
    candidates: candidates.length,
  };
}

export type { SymptomIndexData };
