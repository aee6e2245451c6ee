import type { ClientParts } from '../src/runtime/reference-client';
import { referenceParts } from '../src/runtime/reference-client';
import type { ClientEffect, ClientEvent, ClientState, ClientView, StepResult } from '../src/simulator';

/** A deliberately wrong variant of the reference client: it breaks one documented behaviour, as a real client might. */
export interface Mutant {
  readonly name: string;
  /** The catalog behaviour it breaks, and how. */
  readonly breaks: string;
  readonly parts: ClientParts;
}

type Rewrite = (before: ClientState, event: ClientEvent, after: StepResult) => StepResult;

/** A mutant that rewrites what the reference transition returns; the fakes, steps and features stay untouched. */
export function rewriting(name: string, breaks: string, rewrite: Rewrite): Mutant {
  return {
    name,
    breaks,
    parts: { ...referenceParts, transition: (state, event) => rewrite(state, event, referenceParts.transition(state, event)) },
  };
}

export const isMenu = (event: ClientEvent, path: string): boolean => event.type === 'user.menu' && event.path.join(' > ') === path;

export const without = (r: StepResult, drop: (e: ClientEffect) => boolean): StepResult => ({
  state: r.state,
  effects: r.effects.filter((e) => !drop(e)),
});

/** What the reference does for another event from the same state (e.g. treat Close as Exit). */
export const asIf = (before: ClientState, event: ClientEvent): StepResult => referenceParts.transition(before, event);

/** A mutant that draws something else for the same state; the transition stays the reference's. */
export const drawing = (name: string, breaks: string, redraw: (v: ClientView, phase: string) => ClientView): Mutant => ({
  name,
  breaks,
  parts: { ...referenceParts, view: (state) => redraw(referenceParts.view(state), state.phase) },
});

export const mapMain = (
  v: ClientView,
  f: (c: ClientView['windows'][number]['controls'][number]) => ClientView['windows'][number]['controls'][number],
) => ({
  ...v,
  windows: v.windows.map((w) => (w.id === 'main' ? { ...w, controls: w.controls.map(f) } : w)),
});
