import { fit } from './affected';
import { tokenize } from './shown-messages';
import type { IndexedCause, IndexedMessage, Reproduction, SilentSymptom, SymptomIndexData, WhoIsAffected } from './symptom-types';

/** A message (or a symptom without one) that matches what the customer quoted, with its causes ranked. */
export interface Candidate {
  readonly symptom:
    { readonly kind: 'message'; readonly message: IndexedMessage } | { readonly kind: 'silent'; readonly symptom: SilentSymptom };
  readonly text: string;
  /** 100+ when the quoted words appear in the text as given, 80+ in another article's wording, below 50 for near matches. */
  readonly score: number;
  readonly causes: readonly RankedCause[];
}

export interface RankedCause {
  readonly cause: IndexedCause;
  /** 2: fits who is affected on both counts, 1: on one, 0: on neither (or nothing was said). */
  readonly fit: number;
  readonly scenarios: readonly { readonly uri: string; readonly line: number; readonly name: string }[];
  /** A scenario that shows this symptom from this cause, as Gherkin in the phrasebook's current wording. */
  readonly reproduction: Reproduction | null;
}

export interface Diagnosis {
  /** True when some text contains the quoted words; false when these are only the closest texts. */
  readonly found: boolean;
  readonly candidates: readonly Candidate[];
}

/** Whether `part` occurs in `whole` as consecutive words; `*` in `whole` (a template's slot) stands for a domain, server or address. */
function contains(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++)
    if (part.every((w, j) => (whole[i + j] === '*' && /[.@]/.test(w)) || whole[i + j] === w)) return true;
  return false;
}

/** Near matches: the share of the quote's letter triples found in the text (a typo'd or loose quote still finds its message). */
function similarity(text: readonly string[], part: readonly string[]): number {
  const triples = (words: readonly string[]) => {
    const t = ` ${words.join(' ')} `;
    return new Set(Array.from({ length: Math.max(0, t.length - 2) }, (_, i) => t.slice(i, i + 3)));
  };
  const q = triples(part);
  if (q.size === 0) return 0;
  const m = triples(text);
  return [...q].filter((x) => m.has(x)).length / q.size;
}

function score(
  texts: { readonly main: readonly string[]; readonly others: readonly (readonly string[])[] },
  part: readonly string[],
): number {
  const length = (t: readonly string[]) => part.length / Math.max(t.length, part.length);
  if (contains(texts.main, part)) return 100 + 10 * length(texts.main);
  const other = texts.others.find((t) => contains(t, part));
  if (other) return 80 + 10 * length(other);
  return 50 * Math.max(similarity(texts.main, part), ...texts.others.map((t) => similarity(t, part)));
}

/**
 * Ranks the messages (and symptoms without a message) for a quoted text or part of it, and their causes by who is
 * affected. Never throws: unknown text gets the closest texts, with `found` false.
 */
export function diagnose(index: SymptomIndexData, quoted: string, seen: Partial<WhoIsAffected> = {}): Diagnosis {
  const part = tokenize(quoted);
  const rank = (
    links: readonly { cause: string; scenarios: RankedCause['scenarios']; reproduction: Reproduction | null }[],
  ): RankedCause[] =>
    links
      .flatMap((l, order) => {
        const cause = index.causes.find((c) => c.id === l.cause);
        return cause
          ? [
              {
                cause,
                fit: fit(cause.affected, seen),
                scenarios: l.scenarios.length > 0 ? l.scenarios : cause.reproducedBy,
                reproduction: l.reproduction ?? cause.reproduction,
                order,
              },
            ]
          : [];
      })
      .sort((a, b) => b.fit - a.fit || a.order - b.order)
      .map(({ order: _o, ...r }) => r);
  const all: Candidate[] = [
    ...index.messages
      .filter((m) => m.kind !== 'title')
      .map((m) => ({
        symptom: { kind: 'message' as const, message: m },
        text: m.text,
        score: score({ main: m.words, others: m.wordings.map((w) => tokenize(w.text)) }, part),
        causes: rank(m.causes),
      })),
    ...index.silent.map((s) => ({
      symptom: { kind: 'silent' as const, symptom: s },
      text: s.text,
      score: score({ main: tokenize(s.text), others: [tokenize(s.id.replace(/-/g, ' '))] }, part),
      causes: rank(s.causes),
    })),
  ];
  const band = (c: Candidate) => (c.score >= 100 ? 2 : c.score >= 80 ? 1 : 0);
  const bestFit = (c: Candidate) => Math.max(0, ...c.causes.map((r) => r.fit));
  const sorted = all
    .map((c, i) => ({ c, i }))
    .sort((a, b) => band(b.c) - band(a.c) || bestFit(b.c) - bestFit(a.c) || b.c.score - a.c.score || a.i - b.i)
    .map((x) => x.c);
  const found = (sorted[0]?.score ?? 0) >= 80;
  return { found, candidates: found ? sorted.filter((c) => c.score >= 80) : sorted.slice(0, 3) };
}
