/**
 * The symptom index as plain data: what the report renders and `diagnose` ranks. Built by `buildSymptomIndex()` from
 * the simulator's own message texts, the fault-switch registry and the features; nothing here is a parallel list.
 */

export type Scope = 'one' | 'several';

/** A pattern of Microsoft's scoping table (catalog MU-08, MU-09). */
export interface WhoIsAffected {
  readonly users: Scope;
  readonly computers: Scope;
}

/** error and warning messages need a cause; prompts and statuses may have one; a title belongs to another message. */
export type MessageKind = 'error' | 'warning' | 'prompt' | 'status' | 'title';

export interface SourceRef {
  /** The catalog's source ID (S1 ... S40). */
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

export interface Wording {
  readonly source: string;
  readonly text: string;
  /** Where the wording differs in scope: another client version, another revision of the article. */
  readonly note?: string;
}

export interface ScenarioRef {
  readonly uri: string;
  readonly line: number;
  readonly name: string;
}

export interface IndexedMessage {
  /** Where the text lives in the simulator (`clientMessages.clockWrong`, `assumptions.networkDelayMessage`). */
  readonly keys: readonly string[];
  /** The text as Lync shows it (templates filled in with the features' example values). */
  readonly text: string;
  readonly kind: MessageKind;
  /** The text's words for matching a quote, lower case; a template's slot (a domain, an address) is `*`. */
  readonly words: readonly string[];
  /** The article the simulator's wording comes from, first; others that quote the same wording. */
  readonly sources: readonly SourceRef[];
  /** Other wordings of the same message, as other articles give them. */
  readonly wordings: readonly Wording[];
  /** Its causes, most likely first, each with the scenarios that set the cause up and show this message. */
  readonly causes: readonly CauseLink[];
}

export interface CauseLink {
  readonly cause: string;
  readonly scenarios: readonly ScenarioRef[];
  /** The first of those scenarios (one that fixes the cause, if any) as Gherkin; else the cause's own reproduction. */
  readonly reproduction: Reproduction | null;
}

/** A symptom with no message: keeps asking for a password, signs in then drops, nothing happens, slow. */
export interface SilentSymptom {
  readonly id: string;
  readonly text: string;
  /** The presence the symptom is about (Away, Offline, Presence Unknown), when it is one. */
  readonly outcome?: string;
  readonly causes: readonly CauseLink[];
}

export interface IndexedCause {
  readonly id: string;
  readonly title: string;
  /** The fault switch (src/fakes/faults) that produces it; null for what a person does (a mistyped password). */
  readonly fault: string | null;
  /** Where the fault lives, from the switch's place. */
  readonly place: string;
  readonly affected: readonly WhoIsAffected[];
  readonly confirm: string;
  readonly fix: string;
  readonly catalog: readonly string[];
  /** The support articles that give this cause or its fix (the cause's `sources`). */
  readonly sources: readonly SourceRef[];
  /** Scenarios whose steps set this fault up and show the symptom. */
  readonly reproducedBy: readonly ScenarioRef[];
  /** Of those (or others setting the fault up), the ones whose steps apply the fix. */
  readonly fixedBy: readonly ScenarioRef[];
  /** A way to gather evidence (logging), not a fault: named by no symptom, nothing to fix. */
  readonly evidence: boolean;
  /** The first of those scenarios (one that fixes it, if any) as Gherkin, its steps written by the phrasebook. */
  readonly reproduction: Reproduction | null;
}

export interface Reproduction {
  readonly scenario: ScenarioRef;
  /** Tags, the Scenario line and the steps, each step in its phrase's current wording. */
  readonly gherkin: readonly string[];
}

export interface SymptomIndexData {
  readonly messages: readonly IndexedMessage[];
  readonly silent: readonly SilentSymptom[];
  readonly causes: readonly IndexedCause[];
}

export const scopes: readonly WhoIsAffected[] = [
  { users: 'one', computers: 'one' },
  { users: 'one', computers: 'several' },
  { users: 'several', computers: 'one' },
  { users: 'several', computers: 'several' },
];

export const describeScope = (w: WhoIsAffected): string =>
  `${w.users === 'one' ? 'one user' : 'several users'}, ${w.computers === 'one' ? 'one computer' : 'several computers'}`;
