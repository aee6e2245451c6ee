import type { ClientEvent, MailProfile } from '../src/simulator';
import { asIf, rewriting, without } from './mutant';

type ProfileLoaded = Extract<ClientEvent, { type: 'outlook.profileLoaded' }>;

const loaded = (event: ClientEvent): ProfileLoaded | null => (event.type === 'outlook.profileLoaded' ? event : null);

/** The same profile with an address no sign-in address can equal (a comparison that letter case can break). */
const unequal = (p: MailProfile): MailProfile => ({ ...p, address: `${p.address}.` });

/** Mutants of Lync's check of the default Outlook profile against the sign-in address (KB 2436962). */
export const outlookMutants = [
  rewriting(
    'outlook-mismatch-ignored',
    'KB 2436962: Lync reads the default Outlook profile but never says that its address differs from the sign-in address',
    (before, event, after) => {
      const e = loaded(event);
      return e === null ? after : asIf(before, { ...e, profile: null });
    },
  ),
  rewriting(
    'outlook-address-case-sensitive',
    'KB 2436962: the profile address is compared with the sign-in address letter case and all, so Alice@Contoso.com is another mailbox',
    (before, event, after) => {
      const e = loaded(event);
      const p = e?.profile ?? null;
      if (e === null || p === null || p.address === before.address || p.address.toLowerCase() !== before.address.toLowerCase())
        return after;
      return asIf(before, { ...e, profile: unequal(p) });
    },
  ),
  rewriting(
    'outlook-profile-read-once',
    'KB 2436962: Lync reads the default Outlook profile at its first sign-in only, so a corrected profile counts only once Lync restarts',
    (before, _event, after) => {
      if (before.outlook === undefined || !after.effects.some((e) => e.type === 'outlook.readDefaultProfile')) return after;
      const kept = without(after, (e) => e.type === 'outlook.readDefaultProfile');
      return { state: { ...kept.state, outlook: before.outlook }, effects: kept.effects };
    },
  ),
];
