import type { MailProfile } from '../../simulator';
import type { Timeline } from '../timeline';

/** Where Outlook 2013 keeps a Windows user's mail profiles: one subkey per profile, and the DefaultProfile value. */
export const outlookKeys = {
  profiles: 'HKCU\\Software\\Microsoft\\Office\\15.0\\Outlook\\Profiles',
  defaultProfile: 'HKCU\\Software\\Microsoft\\Office\\15.0\\Outlook\\DefaultProfile',
} as const;

/** The profile name Mail suggests for a mailbox: its domain's first label ("Fabrikam" for alice@fabrikam.com). */
export function suggestedProfileName(address: string): string {
  const label = address.split('@')[1]?.split('.')[0] ?? address;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** KB 2436962's case (joe@fabrikam.com for joe@contoso.com): the same user name's mailbox at another organization. */
export const mailboxElsewhere = (address: string): string => `${address.split('@')[0] ?? address}@fabrikam.com`;

/**
 * The Outlook 2013 mail profiles of one Windows user on one computer (KB 2436962): each profile's name and the address
 * of the Exchange mailbox it opens, and which one is the default (Mail in Control Panel, "Always use this profile").
 * The first profile added becomes the default, as Mail and Outlook's first run make it; a later one does not.
 */
export class OutlookProfiles {
  readonly #profiles = new Map<string, MailProfile>();
  #default: string | null = null;

  constructor(
    private readonly windowsUser: string,
    private readonly computer: string,
    private readonly timeline: Timeline,
  ) {}

  /** "Alice on PC1", by the person's name once the world knows it. */
  get owner(): string {
    return `${this.timeline.name(this.windowsUser)} on ${this.computer}`;
  }

  /** Mail > Show Profiles > Add: a profile named `name` for the mailbox of `address`. */
  add(name: string, address: string): void {
    if (this.#profiles.has(name)) throw new Error(`${this.owner} already has an Outlook profile named "${name}"`);
    this.#profiles.set(name, { name, address });
    this.timeline.record(`${this.owner} adds the Outlook profile "${name}" for the mailbox ${address}`);
    if (this.#default === null) this.#setDefault(name);
  }

  /** Mail > Show Profiles > "Always use this profile": DefaultProfile names this profile from now on. */
  makeDefault(name: string): void {
    if (!this.#profiles.has(name))
      throw new Error(`${this.owner} has no Outlook profile named "${name}"; add it first ("... has an Outlook profile ...")`);
    this.#setDefault(name);
  }

  #setDefault(name: string): void {
    this.#default = name;
    this.timeline.record(`the default Outlook profile of ${this.owner} is now "${name}" (${outlookKeys.defaultProfile})`);
  }

  /** Ground truth: every profile, in the order they were added. */
  list(): readonly MailProfile[] {
    return [...this.#profiles.values()];
  }

  /** Ground truth: the profile DefaultProfile names, or null when there is none. */
  defaultProfile(): MailProfile | null {
    return this.#default === null ? null : (this.#profiles.get(this.#default) ?? null);
  }
}
