import type { MailProfile } from '../../simulator';
import type { Stage } from '../stage';
import { same } from './mismatch';

/** KB 2436962: the mail profiles of Outlook 2013 as the registry holds them (ground truth, not what Lync read). */

const profilesOf = (w: Stage, name: string, computer: string) => w.fake.computer(computer).profile(w.fake.person(name).windowsUser).outlook;

const described = (p: MailProfile | null): string => (p === null ? 'none' : `${p.name} (${p.address})`);

/** The profile DefaultProfile names, as "Contoso (alice@contoso.com)", or "none". */
export const defaultProfile = (w: Stage, name: string, computer: string, expected: string) =>
  same(`the default Outlook profile of ${name} on ${computer}`, described(profilesOf(w, name, computer).defaultProfile()), expected);

/** Every profile, in the order they were added: "Fabrikam (alice@fabrikam.com), Contoso (alice@contoso.com)". */
export const profiles = (w: Stage, name: string, computer: string, expected: string) =>
  same(
    `the Outlook profiles of ${name} on ${computer}`,
    profilesOf(w, name, computer)
      .list()
      .map((p) => described(p))
      .join(', '),
    expected,
  );
