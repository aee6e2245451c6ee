/**
 * Presence as Lync 2013 has it. The user picks a choice from the presence menu; what colleagues see is an
 * availability, which also comes from the computer (idle time, NR-12; locking, NR-13) and the session (NR-14, NR-07).
 */
export const presenceChoices = ['Available', 'Busy', 'Do Not Disturb', 'Be Right Back', 'Off Work', 'Appear Away'] as const;
export type PresenceChoice = (typeof presenceChoices)[number];

/** What a colleague's contact list shows for a person. */
export const availabilities = [
  'Available',
  'Busy',
  'Do Not Disturb',
  'Be Right Back',
  'Off Work',
  'Away',
  'Inactive',
  'Offline',
  'Presence Unknown',
] as const;
export type Availability = (typeof availabilities)[number];

/** The presence menu's last item: back to presence set by Lync from activity (our label; no catalog text). */
export const resetStatus = 'Reset Status';

/** How long the computer has gone without input, as Lync sees it (NR-12). */
export type Activity = 'active' | 'inactive' | 'away';

/** The client's presence: the user's choice (null: automatic), idle time, the lock, what it last published, its contacts. */
export interface PresenceState {
  readonly choice: PresenceChoice | null;
  readonly activity: Activity;
  readonly locked: boolean;
  /** What the service was last told for this session; null before sign-in completes. */
  readonly published: Availability | null;
  /** Contacts' presence as pushed by the service, by sign-in address. */
  readonly contacts: Readonly<Record<string, Availability>>;
  /** Options > Status (NR-12): minutes of idle time before Inactive, then minutes of Inactive before Away. */
  readonly inactiveMinutes: number;
  readonly awayMinutes: number;
}

export const initialPresence: PresenceState = {
  choice: null,
  activity: 'active',
  locked: false,
  published: null,
  contacts: {},
  inactiveMinutes: 5,
  awayMinutes: 5,
};

export const idleTimer = 'presence idle';
export const awayTimer = 'presence away';
