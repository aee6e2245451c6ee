import type { IndexedCause, SymptomIndexData } from '../symptoms/symptom-types';
import { causeTraits } from './cause-traits';

/** One searchable document per cause: what shows (messages, symptoms), what the articles say, what customers said. */
export interface CauseDocument {
  readonly id: string;
  /** The messages this cause leads to, their other wordings, and the symptoms without a message it is behind. */
  readonly symptoms: string;
  /** The cause's title, how to confirm it and its fix, in the articles' wording. */
  readonly article: string;
  /** Customer phrasings known to mean this cause (the tuning part of phrasings.json). */
  readonly customer: string;
  /** What usually changed before it started, as words ("password", "dns"). */
  readonly changed: string;
}

/** A cause a ticket can point to: every cause of the index but the ways to gather evidence. */
export const candidateCauses = (index: SymptomIndexData): readonly IndexedCause[] => index.causes.filter((c) => !c.evidence);

/** The documents the search indexes, one per candidate cause, read through the symptom index's exported data. */
export function causeDocuments(
  index: SymptomIndexData,
  phrasings: readonly { readonly text: string; readonly cause: string }[],
): CauseDocument[] {
  return candidateCauses(index).map((c) => {
    const messages = index.messages.filter((m) => m.causes.some((l) => l.cause === c.id));
    const silent = index.silent.filter((s) => s.causes.some((l) => l.cause === c.id));
    return {
      id: c.id,
      symptoms: [...messages.flatMap((m) => [m.text, ...m.wordings.map((w) => w.text)]), ...silent.map((s) => s.text)].join('\n'),
      article: [c.title, c.confirm, c.fix].join('\n'),
      customer: phrasings
        .filter((p) => p.cause === c.id)
        .map((p) => p.text)
        .join('\n'),
      changed: (causeTraits[c.id]?.changed ?? []).filter((x) => x !== 'nothing').join(' '),
    };
  });
}
