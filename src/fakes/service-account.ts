import type { Secret } from '../simulator';

/** An Office 365 user as the Lync Online service sees it. */
export interface ServiceAccount {
  /** The sign-in (SIP) address. */
  readonly address: string;
  /**
   * The Office 365 user ID (UPN) the identity provider knows the user by: the sign-in address unless the organization
   * keeps them apart (disjoint SIP/UPN, S7; change-office-365-sign-in-address.md).
   */
  userId: string;
  displayName: string;
  password: Secret;
  licensed: boolean;
  /** msRTCSIP-UserEnabled / sign-in status "Allowed". */
  enabled: boolean;
  /** Virtual time (ms since epoch) from which the account is provisioned (FS-11). */
  provisionedAt: number;
  passwordExpired: boolean;
  /** FS-06/TE-22: how many more times the Exchange connection will ask for credentials. */
  exchangePromptsLeft: number;
}

/** A registered endpoint: one signed-in client process. */
export interface ServiceSession {
  readonly id: string;
  readonly address: string;
  readonly endpoint: string;
  /** The computer and Windows user the client runs for. */
  readonly computer: string;
  readonly windowsUser: string;
  /** NR-16: the session came from the organization's network (the intranet), not through the Edge. */
  readonly fromIntranet?: boolean;
}

/** A certificate the service issued, and what has happened to it since. */
export interface IssuedCertificate {
  readonly address: string;
  readonly issuedAt: number;
  revoked: boolean;
  /** DC-08: the account's sign-in address changed after this certificate was issued. */
  addressChanged: boolean;
  staleAfterOutage: boolean;
}

/** What a client presented to sign in: to the identity provider a user ID with a password or Windows credentials, to
 * the registrar a certificate (issued for a sign-in address). Ground truth for which identity Lync used. */
export interface PresentedCredentials {
  readonly computer: string;
  readonly windowsUser: string;
  /** As Lync sent it: a UPN, DOMAIN\user, or (with a certificate) the sign-in address. */
  readonly userId: string;
  readonly credential: 'password' | 'Windows credentials' | 'certificate';
  /** Whether the identity provider (or, for a certificate, the registrar) took it. */
  readonly accepted: boolean;
}
