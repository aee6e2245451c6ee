import type { ClientState } from './client-state';
import { andThen, stay, type StepResult } from './step-result';

/** An Outlook mail profile as Lync reads it: its name and the address of the Exchange mailbox it opens (KB 2436962). */
export interface MailProfile {
  readonly name: string;
  readonly address: string;
}

/**
 * KB 2436962: at sign-in Lync connects to Outlook and compares the address of the mailbox in the default Outlook
 * profile with its sign-in address. It reads the profile at every sign-in, so a default changed while signed in counts
 * only after signing out and back in (the article's fix ends with "sign out and sign back in").
 */
export function outlookAfterSignIn(r: StepResult): StepResult {
  return andThen({ state: { ...r.state, outlook: null }, effects: r.effects }, { type: 'outlook.readDefaultProfile' });
}

/** The answer: the default profile, or null when Outlook 2013 is not installed or has no default profile. */
export const onOutlookProfile = (state: ClientState, profile: MailProfile | null): StepResult => stay({ ...state, outlook: profile });

/**
 * Whether the default profile opens another mailbox than the sign-in address's. The article speaks of "another user's
 * mailbox": an address differing only in letter case is the same mailbox (Exchange addresses ignore case).
 */
export function outlookMismatch(state: ClientState): boolean {
  const profile = state.outlook ?? null;
  return profile !== null && profile.address.toLowerCase() !== state.address.toLowerCase();
}

/** The line the contact list shows while signed in with a default Outlook profile for another address (null otherwise). */
export const outlookNotice = (state: ClientState): string | null =>
  state.phase === 'signedIn' && outlookMismatch(state) ? state.config.assumptions.outlookProfileMismatchMessage : null;
