import { buildSymptomIndex } from '../symptoms/symptom-index';
import type { SymptomIndexData } from '../symptoms/symptom-types';
import { intake, type IntakeResult } from './intake';
import { tuningPhrasings } from './phrasings';
import { CauseSearch } from './search-causes';
import type { Ticket } from './ticket';

/** The phrasings the search indexes: the tuning part only, so the held-apart part keeps measuring it honestly. */
export const indexedPhrasings = tuningPhrasings;

let built: CauseSearch | null = null;

/** The cause search over the symptom index and the tuning phrasings, built once (reading the features takes a moment). */
export function theCauseSearch(index?: SymptomIndexData): CauseSearch {
  if (index) return new CauseSearch(index, indexedPhrasings);
  built ??= new CauseSearch(buildSymptomIndex(), indexedPhrasings);
  return built;
}

/** What the playground's "Start from a ticket" panel shows: plain JSON, no functions. */
export interface TicketAnswer {
  readonly confident: boolean;
  readonly causes: readonly {
    readonly id: string;
    readonly title: string;
    readonly score: number;
    readonly confirm: string;
    readonly fix: string;
    readonly reproduce: readonly string[];
  }[];
  readonly question: IntakeResult['question'];
  readonly facts: IntakeResult['facts'];
  readonly fromWords: IntakeResult['fromWords'];
}

/** Reads a ticket (text, context, answers so far) and says the causes or the next question; throws on an unknown answer. */
export function startFromTicket(ticket: Ticket): TicketAnswer {
  const r = intake(theCauseSearch(), ticket);
  return {
    confident: r.confident,
    causes: r.ranked.map((h) => ({
      id: h.cause.id,
      title: h.cause.title,
      score: Math.round(h.score * 100) / 100,
      confirm: h.cause.confirm,
      fix: h.cause.fix,
      reproduce: h.cause.reproducedBy.slice(0, 2).map((s) => `${s.uri}:${s.line}`),
    })),
    question: r.question,
    facts: r.facts,
    fromWords: r.fromWords,
  };
}
