import type { IndexedCause, SymptomIndexData } from '../symptoms/symptom-types';
import { questions, type Question } from './questions';

export interface WeightedCause {
  readonly cause: IndexedCause;
  readonly weight: number;
}

const entropy = (weights: readonly number[]): number => {
  const total = weights.reduce((a, b) => a + b, 0);
  return total <= 0 ? 0 : -weights.reduce((h, w) => (w > 0 ? h + (w / total) * Math.log2(w / total) : h), 0);
};

/**
 * How many bits a question is expected to take off the uncertainty about the cause: the entropy of the candidates'
 * weights less the expected entropy after the answer. A cause whose fit to an answer is unknown stays in every branch
 * and counts towards each answer's likelihood in equal parts.
 */
export function informationGain(q: Question, candidates: readonly WeightedCause[], index: SymptomIndexData): number {
  const fits = candidates.map((c) => q.answers.map((a) => q.fits(c.cause, a.value, index)));
  const total = candidates.reduce((s, c) => s + c.weight, 0);
  if (total <= 0) return 0;
  let expected = 0;
  q.answers.forEach((_, j) => {
    const share = candidates.reduce((s, c, i) => {
      const row = fits[i] ?? [];
      const yes = row.filter((x) => x === true).length;
      const f = row[j];
      return s + (f === true ? c.weight / yes : f === null ? c.weight / q.answers.length : 0);
    }, 0);
    if (share <= 0) return;
    const branch = candidates.map((c, i) => (fits[i]?.[j] === false ? 0 : c.weight));
    expected += (share / total) * entropy(branch);
  });
  return entropy(candidates.map((c) => c.weight)) - expected;
}

/** A question expected to remove less doubt than this (in bits) is not worth asking. */
export const minimumGain = 0.1;

/** The question not yet answered that best splits the candidates, with its gain in bits; null when none splits them. */
export function bestQuestion(
  candidates: readonly WeightedCause[],
  answered: ReadonlySet<string>,
  index: SymptomIndexData,
): { readonly question: Question; readonly gain: number } | null {
  let best: { question: Question; gain: number } | null = null;
  for (const q of questions) {
    if (answered.has(q.key)) continue;
    const gain = informationGain(q, candidates, index);
    if (gain > minimumGain && (best === null || gain > best.gain + 1e-9)) best = { question: q, gain };
  }
  return best;
}
