import type { Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';

/** What a sign-in presented to Office 365: a typed or saved password, the Windows logon (AS-11), or Lync's certificate. */
export type PresentedCredential = 'password' | 'Windows credentials' | 'certificate';

/** Why the identity provider turned a credential down; `null` when it was accepted. */
export type RefusalReason =
  | 'unknown user'
  | 'wrong password'
  | 'unsupported sign-in address'
  | 'password expired'
  | 'password changed since the certificate was issued'
  | 'unknown certificate';

/** One authentication as the identity provider records it: whose, where from, which credential, and the outcome. */
export interface Authentication {
  readonly at: number;
  readonly address: string;
  readonly from: 'Lync' | 'the Office 365 portal';
  readonly credential: PresentedCredential;
  readonly accepted: boolean;
  readonly reason: RefusalReason | null;
}

/**
 * The identity provider's record of every authentication (TE-07, TE-13, TE-14): the ground truth for which credential
 * a client presented and why it was refused, whatever the client then showed (KB 2630976: a rich client is not told).
 */
export class IdentityProviderLog {
  readonly #entries: Authentication[] = [];

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
  ) {}

  record(entry: Omit<Authentication, 'at'>): void {
    this.#entries.push({ ...entry, at: this.clock.now() });
    const whose = `${this.timeline.name(entry.address)}'s ${entry.credential}`;
    this.timeline.record(
      `identity provider: ${whose} from ${entry.from} ${entry.accepted ? 'accepted' : `refused (${entry.reason ?? 'no reason'})`}`,
      { lane: 'identity provider', failing: !entry.accepted },
    );
  }

  /** Every authentication for `address`, oldest first. */
  of(address: string): readonly Authentication[] {
    return this.#entries.filter((e) => e.address === address.toLowerCase());
  }
}
