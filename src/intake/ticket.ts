import type { Scope } from '../symptoms/symptom-types';

/** What changed shortly before the trouble started, in the words a support desk uses. */
export const changes = ['password', 'dns', 'new-computer', 'sleep', 'network', 'update', 'policy', 'account', 'nothing'] as const;
export type Change = (typeof changes)[number];

/** Where the computer was when it failed. */
export const networks = ['office', 'home', 'vpn', 'public'] as const;
export type NetworkPlace = (typeof networks)[number];

/** What the customer told us besides the free text; every part is optional. */
export interface TicketContext {
  readonly changed?: Change;
  /** When it changed, as said ("yesterday", "this morning"): kept for the record, not ranked. */
  readonly when?: string;
  readonly users?: Scope;
  readonly computers?: Scope;
  readonly network?: NetworkPlace;
}

/** A support ticket: the customer's own words, what they told us besides, and the answers to our questions so far. */
export interface Ticket {
  readonly text: string;
  readonly context?: TicketContext;
  /** Answers by question key (questions.ts), as `--answer key=value` gives them. */
  readonly answers?: Readonly<Record<string, string>>;
}
