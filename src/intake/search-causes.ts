import MiniSearch, { type SearchResult } from 'minisearch';
import stem from 'wink-porter2-stemmer';
import type { IndexedCause, SymptomIndexData } from '../symptoms/symptom-types';
import { candidateCauses, causeDocuments, type CauseDocument } from './cause-documents';
import { answerBoosts, question } from './questions';
import { stopWords, synonyms } from './synonyms';

/** How much each part of a cause's document counts, and how loosely words match: the search's settings as data. */
export const searchSettings = {
  boost: { symptoms: 2, article: 1, customer: 2, changed: 1.5 },
  fuzzy: 0.15,
  /** Words this long or longer also match as a prefix ("certif" finds "certificate"). */
  prefixFrom: 6,
  /** How much a word added by synonyms.ts counts against the customer's own word. */
  synonymWeight: 0.35,
} as const;

const indexTerm = (term: string): string | null => {
  const t = term.toLowerCase();
  return stopWords.has(t) ? null : stem(t);
};

/** A query word with the index's words for it (synonyms.ts), stemmed like the index. */
const queryTerms = (term: string): string[] | null => {
  const t = term.toLowerCase();
  const all = [t, ...(synonyms[t] ?? [])].filter((w) => !stopWords.has(w)).map((w) => stem(w));
  return all.length > 0 ? [...new Set(all)] : null;
};

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** The ticket's own words (stemmed), each with the terms it stands for, and each term's weight. */
function readQuery(text: string): { words: Set<string>[]; weights: Map<string, number> } {
  const words = tokenize(text)
    .map((w) => new Set(queryTerms(w) ?? []))
    .filter((s) => s.size > 0);
  const weights = new Map<string, number>();
  for (const w of tokenize(text)) {
    const t = w.toLowerCase();
    if (stopWords.has(t)) continue;
    weights.set(stem(t), 1);
  }
  for (const set of words) for (const term of set) if (!weights.has(term)) weights.set(term, searchSettings.synonymWeight);
  return { words, weights };
}

export interface CauseHit {
  readonly cause: IndexedCause;
  readonly score: number;
  /** The index's words the ticket matched. */
  readonly terms: readonly string[];
  /** How many of the ticket's own words (directly or through a synonym) this cause matched. */
  readonly words: number;
}

/** The facts known about a ticket, by question key: context flags and answers alike. */
export type Facts = Readonly<Record<string, string>>;

/** A cause search over the index and the tuning phrasings; `search` ranks causes for a ticket's words and facts. */
export class CauseSearch {
  private readonly engine: MiniSearch<CauseDocument>;
  private readonly causes: ReadonlyMap<string, IndexedCause>;

  constructor(
    readonly index: SymptomIndexData,
    phrasings: readonly { readonly text: string; readonly cause: string }[],
  ) {
    this.engine = new MiniSearch<CauseDocument>({
      fields: ['symptoms', 'article', 'customer', 'changed'],
      processTerm: indexTerm,
    });
    this.engine.addAll(causeDocuments(index, phrasings));
    this.causes = new Map(candidateCauses(index).map((c) => [c.id, c]));
  }

  /** The document boost for what is known: each answer that fits multiplies, each that does not divides. */
  factor(cause: IndexedCause, facts: Facts): number {
    let f = 1;
    for (const [key, value] of Object.entries(facts)) {
      const fits = question(key)?.fits(cause, value, this.index) ?? null;
      if (fits !== null) f *= fits ? answerBoosts.fits : answerBoosts.misfits;
    }
    return f;
  }

  search(text: string, facts: Facts = {}): CauseHit[] {
    const query = readQuery(text);
    const results: SearchResult[] = this.engine.search(text, {
      boost: { ...searchSettings.boost },
      fuzzy: (term) => (term.length > 4 ? searchSettings.fuzzy : false),
      prefix: (term) => term.length >= searchSettings.prefixFrom,
      combineWith: 'OR',
      processTerm: queryTerms,
      boostTerm: (term) => query.weights.get(term) ?? 1,
      boostDocument: (id) => {
        const c = this.causes.get(String(id));
        return c ? this.factor(c, facts) : 0;
      },
    });
    return results.flatMap((r) => {
      const cause = this.causes.get(String(r.id));
      const matched = new Set(r.queryTerms);
      const words = query.words.filter((w) => [...w].some((t) => matched.has(t))).length;
      return cause ? [{ cause, score: r.score, terms: r.terms, words }] : [];
    });
  }
}
