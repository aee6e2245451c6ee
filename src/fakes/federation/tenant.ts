/**
 * The External communications setting of a tenant's Lync Online admin center (Organization > External
 * communications): off, or on for every domain but the blocked ones (the default), or on only for the allowed ones
 * (allow-users-to-contact-external-skype-for-business-users.md; set-up-external-communication.md, KB 10041).
 */
export type ExternalAccess = 'off' | 'on except for blocked domains' | 'on only for allowed domains';

/** An Office 365 organization on Lync Online: its SIP domain and its external communications setting. */
export interface Tenant {
  readonly domain: string;
  externalAccess: ExternalAccess;
  /** The "Blocked or allowed domains" list: which it is depends on `externalAccess`. */
  readonly blockedDomains: Set<string>;
  readonly allowedDomains: Set<string>;
}

/** A tenant as Office 365 sets one up: external communications on except for blocked domains, none blocked. */
export function newTenant(domain: string): Tenant {
  return {
    domain: domain.toLowerCase(),
    externalAccess: 'on except for blocked domains',
    blockedDomains: new Set(),
    allowedDomains: new Set(),
  };
}

/** Why federation does not carry something between two organizations (the federation edge's record says it in words). */
export type FederationRefusal =
  | { readonly why: 'external communications off'; readonly domain: string }
  | { readonly why: 'domain blocked'; readonly domain: string; readonly other: string }
  | { readonly why: 'domain not allowed'; readonly domain: string; readonly other: string }
  | { readonly why: 'no federation record'; readonly domain: string }
  | { readonly why: 'no such user'; readonly domain: string; readonly address: string };

/** Why a tenant's own setting keeps its people from `other` (a domain); null when it lets them talk. */
export function settingRefusal(tenant: Tenant, other: string): FederationRefusal | null {
  const domain = tenant.domain;
  const them = other.toLowerCase();
  switch (tenant.externalAccess) {
    case 'off':
      return { why: 'external communications off', domain };
    case 'on except for blocked domains':
      return tenant.blockedDomains.has(them) ? { why: 'domain blocked', domain, other: them } : null;
    case 'on only for allowed domains':
      return tenant.allowedDomains.has(them) ? null : { why: 'domain not allowed', domain, other: them };
  }
}

/** The reason, as the federation edge's record and the timeline write it. */
export function refusalWords(r: FederationRefusal): string {
  switch (r.why) {
    case 'external communications off':
      return `external communications are off at ${r.domain}`;
    case 'domain blocked':
      return `${r.domain} blocks ${r.other}`;
    case 'domain not allowed':
      return `${r.other} is not among the allowed domains of ${r.domain}`;
    case 'no federation record':
      return `${r.domain} has no _sipfederationtls._tcp record`;
    case 'no such user':
      return `${r.domain} has no user ${r.address}`;
  }
}

/** The domain part of a sign-in address, in lower case. */
export const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
