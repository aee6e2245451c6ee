import type { NetFailure } from '../simulator';
import type { Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';

/** What a sign-in presented to Office 365: a typed or saved password, the Windows logon (AS-11), or Lync's certificate. */
export type PresentedCredential = 'password' | 'Windows credentials' | 'certificate';

/** Why the identity provider turned a credential down, and what Lync hears then. */
export const lyncHears = {
  'computer clock off': 'clock skew',
  'unknown user': 'bad credentials',
  'wrong password': 'bad credentials',
  'unsupported sign-in address': 'bad credentials',
  'password expired': 'password expired',
  'password changed since the certificate was issued': 'bad credentials',
  'unknown certificate': 'certificate rejected',
  'certificate stale after an outage': 'certificate stale after outage',
} as const satisfies Record<string, NetFailure>;

export type RefusalReason = keyof typeof lyncHears;

/** One authentication as the identity provider records it: whose, as which user ID, from where, which credential, the outcome. */
export interface Authentication {
  readonly at: number;
  /** The account's sign-in address; the user ID presented when it names no account. */
  readonly address: string;
  /** As presented: a UPN, DOMAIN\user (FS-05), or, with a certificate, the sign-in address it was issued for. */
  readonly userId: string;
  readonly from: 'Lync' | 'the Office 365 portal';
  /** The computer Lync presented it from; null for the portal. */
  readonly computer: string | null;
  readonly credential: PresentedCredential;
  readonly accepted: boolean;
  /** Why it was refused; null when it was accepted. */
  readonly reason: RefusalReason | null;
}

/**
 * The identity provider's record of every authentication (FS-05, TE-07, TE-13, TE-14): the ground truth for which user
 * ID and credential a client presented and why it was refused, whatever the client then showed (KB 2630976: a rich
 * client is not told).
 */
export class IdentityProviderLog {
  readonly #entries: Authentication[] = [];

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
  ) {}

  record(entry: Omit<Authentication, 'at'>): void {
    this.#entries.push({ ...entry, at: this.clock.now() });
    const whose = `${this.timeline.name(entry.address)}'s ${entry.credential} (as ${entry.userId})`;
    const from = entry.computer === null ? entry.from : `${entry.from} on ${entry.computer}`;
    this.timeline.record(`identity provider: ${whose} from ${from} ${entry.accepted ? 'accepted' : `refused (${entry.reason ?? ''})`}`, {
      lane: 'identity provider',
      failing: !entry.accepted,
    });
  }

  /** Every authentication for `address`, oldest first. */
  of(address: string): readonly Authentication[] {
    return this.#entries.filter((e) => e.address === address.toLowerCase());
  }

  /** The last authentication Lync made from a computer, whoever it was for. */
  lastFrom(computer: string): Authentication | undefined {
    return this.#entries.filter((e) => e.computer === computer).at(-1);
  }
}
