/**
 * The session phases of the reference client and every move between them, as data.
 * The transition function only changes phase through {@link nextPhase}, so this table is the
 * whole truth about phases: the report draws its state diagram from it.
 */
export type Phase = 'starting' | 'signedOut' | 'signingIn' | 'signedIn' | 'reconnecting' | 'exited';

/** Why a phase changes, in the client's own words (not event names: several events share a cause). */
export type PhaseCause =
  | 'no saved password'
  | 'saved password found'
  | 'user clicks Sign In'
  | 'sign-in completes'
  | 'sign-in fails'
  | 'user signs out'
  | 'connection lost'
  | 'connection restored'
  | 'user exits'
  | 'Windows user logs off'
  /** AS-10: the PreventRun policy is set. */
  | 'policy prevents running';

export interface PhaseMove {
  readonly from: Phase;
  readonly cause: PhaseCause;
  readonly to: Phase;
}

export const phaseTable: readonly PhaseMove[] = [
  { from: 'starting', cause: 'no saved password', to: 'signedOut' },
  { from: 'starting', cause: 'saved password found', to: 'signingIn' },
  { from: 'signedOut', cause: 'user clicks Sign In', to: 'signingIn' },
  { from: 'signingIn', cause: 'sign-in completes', to: 'signedIn' },
  { from: 'signingIn', cause: 'sign-in fails', to: 'signedOut' },
  { from: 'signingIn', cause: 'user signs out', to: 'signedOut' },
  { from: 'signedIn', cause: 'user signs out', to: 'signedOut' },
  { from: 'signedIn', cause: 'connection lost', to: 'reconnecting' },
  { from: 'reconnecting', cause: 'connection restored', to: 'signedIn' },
  { from: 'reconnecting', cause: 'user signs out', to: 'signedOut' },
  { from: 'reconnecting', cause: 'sign-in fails', to: 'signedOut' },
  { from: 'starting', cause: 'user exits', to: 'exited' },
  { from: 'starting', cause: 'policy prevents running', to: 'exited' },
  { from: 'signedOut', cause: 'user exits', to: 'exited' },
  { from: 'signingIn', cause: 'user exits', to: 'exited' },
  { from: 'signedIn', cause: 'user exits', to: 'exited' },
  { from: 'reconnecting', cause: 'user exits', to: 'exited' },
  { from: 'signedOut', cause: 'Windows user logs off', to: 'exited' },
  { from: 'signingIn', cause: 'Windows user logs off', to: 'exited' },
  { from: 'signedIn', cause: 'Windows user logs off', to: 'exited' },
  { from: 'reconnecting', cause: 'Windows user logs off', to: 'exited' },
];

/** The phase that `cause` leads to from `from`, or undefined when the table has no such move. */
export function nextPhase(table: readonly PhaseMove[], from: Phase, cause: PhaseCause): Phase | undefined {
  return table.find((m) => m.from === from && m.cause === cause)?.to;
}
