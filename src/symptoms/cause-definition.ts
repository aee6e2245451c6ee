import type { FaultPlace } from '../fakes/faults/fault-switch';
import type { StepPattern } from './step-pattern';
import type { WhoIsAffected } from './symptom-types';

/**
 * A documented cause behind the symptoms. A cause names its fault switch (src/fakes/faults), which gives where the
 * fault lives and its catalog IDs, and the steps that put it in the world and apply its fix as phrases of the
 * scenario language (step-pattern.ts): the index reads each scenario's steps with the phrasebook and looks for them.
 * A fault switch with no cause fails `symptom-index.test.ts`, which names the switch.
 */
export interface CauseDefinition {
  readonly id: string;
  readonly title: string;
  readonly fault: string | null;
  /** Only for a cause with no fault switch (what a person does). */
  readonly place?: FaultPlace;
  /** Only where the place's usual pattern (affected.ts) does not hold. */
  readonly affected?: readonly WhoIsAffected[];
  /**
   * The articles that give the cause or its fix first, by the catalog's source IDs (sources.ts); "signin-sim" marks a
   * cause that no article names (a behaviour of the model). docs/support-articles.md says what each article gives.
   */
  readonly sources: readonly string[];
  readonly confirm: string;
  readonly fix: string;
  readonly catalog?: readonly string[];
  /** The steps that set the cause up. Left out for a fault cause: any phrase that turns its switch on. */
  readonly setUp?: readonly StepPattern[];
  /** The steps that apply the fix; for a fault cause whose setUp is left out, any phrase that turns its switch off too. */
  readonly fixedBy?: readonly StepPattern[];
  /**
   * The messages this cause leads to, by their keys in message-entries.ts (`clientMessages.addressNotFound`): a cause
   * can say so itself instead of being added to the message's list there.
   */
  readonly shows?: readonly string[];
  /** Not a fault but a way to gather evidence (logging): listed with the causes, named by no symptom, nothing to fix. */
  readonly evidence?: true;
}
