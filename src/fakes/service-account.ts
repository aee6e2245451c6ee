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
  /**
   * Options > Personal, "Save IM conversations in my email Conversation History folder". Lync 2013 keeps it with the
   * user's published options on the service, not in the registry, so it follows the user to every computer (a
   * third-party test, masteringlync.com 2013). On unless turned off: EnableIMAutoArchiving defaults to True.
   */
  saveConversations: boolean;
}

/** A licensed, enabled Office 365 user, provisioned from the start, whose user ID is its sign-in address (the usual case). */
export function newAccount(address: string, displayName: string, password: Secret): ServiceAccount {
  const a = address.toLowerCase();
  return {
    address: a,
    userId: a,
    displayName,
    password,
    licensed: true,
    enabled: true,
    provisionedAt: 0,
    passwordExpired: false,
    exchangePromptsLeft: 0,
    saveConversations: true,
  };
}

/**
 * FS-05, KB 10054: a user ID in the form of the organization's network logon, DOMAIN\user, for a UPN: DOMAIN is the
 * first label of the UPN's domain and user its name part (our convention: the articles show CONTOSO\bobk for
 * bobk@contoso.com, not the rule).
 */
export function domainLogonOf(userId: string): string {
  const [name = '', domain = ''] = userId.split('@');
  return `${(domain.split('.')[0] ?? '').toUpperCase()}\\${name}`;
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
