import type { ClientEffect } from './client-effect';
import type { ClientState } from './client-state';
import { nextPhase, type PhaseCause } from './phase-table';

/** What one transition returns: the next state and the effects to perform, in order. */
export interface StepResult {
  readonly state: ClientState;
  readonly effects: readonly ClientEffect[];
}

export const stay = (state: ClientState): StepResult => ({ state, effects: [] });

export const result = (state: ClientState, ...effects: ClientEffect[]): StepResult => ({ state, effects });

/** Changes phase through the phase table; a cause the table does not allow from here leaves the phase as it is. */
export function moved(state: ClientState, cause: PhaseCause): ClientState {
  const to = nextPhase(state.config.phaseTable, state.phase, cause);
  return to === undefined ? state : { ...state, phase: to };
}

/** Appends effects to a result. */
export function andThen(r: StepResult, ...effects: ClientEffect[]): StepResult {
  return { state: r.state, effects: [...r.effects, ...effects] };
}

/** One step after another: `next` runs on the state the first left, and the effects of both follow in order. */
export function followedBy(r: StepResult, next: (state: ClientState) => StepResult): StepResult {
  const n = next(r.state);
  return { state: n.state, effects: [...r.effects, ...n.effects] };
}
