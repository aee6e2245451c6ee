import { defaultAssumptions, type Assumptions } from '../../simulator';
import type { FakeWorld } from '../fake-world';
import type { FaultSwitch } from './fault-switch';

type YesNoAssumption = { [K in keyof Assumptions]: Assumptions[K] extends boolean ? K : never }[keyof Assumptions];

/**
 * A switch to the other reading of an Unknown behaviour that is a yes or no (src/simulator/assumptions.ts): on, the
 * world's clients take the alternative; off, the default again. A client setting, as the playground and the symptom
 * index show it.
 */
export function alternativeReading(s: {
  readonly id: string;
  readonly title: string;
  readonly catalog: readonly string[];
  /** The sentences that turn it on and off (Cucumber expressions without parameters). */
  readonly on: string;
  readonly off: string;
  readonly assumption: YesNoAssumption;
  /** Where the reading lives: the client (default), or the service for a behaviour of Office 365's. */
  readonly place?: 'client setting' | 'tenant';
}): FaultSwitch {
  const set = (value: boolean) => (w: FakeWorld) => {
    w.assumptions = { ...w.assumptions, [s.assumption]: value };
  };
  const usual = defaultAssumptions[s.assumption];
  return {
    id: s.id,
    place: s.place ?? 'client setting',
    title: s.title,
    catalog: s.catalog,
    params: [],
    phrases: [
      { keyword: 'Given', expression: s.on, on: true },
      { keyword: 'When', expression: s.off, on: false },
    ],
    turnOn: set(!usual),
    turnOff: set(usual),
  };
}

/**
 * The alternatives of two Unknown behaviours of leaving Lync: SO-11, the next logon after a manual Sign Out, and DC-03,
 * the address box after Delete; and of one of the service: TE-13, a saved certificate after the password expired.
 */
export const assumptionFaults: readonly FaultSwitch[] = [
  alternativeReading({
    id: 'no-auto-sign-in-after-sign-out',
    title: 'After a Sign Out by hand, Lync does not sign in by itself at the next start',
    catalog: ['SO-11'],
    on: 'Lync does not sign in by itself after a Sign Out by hand',
    off: 'Lync signs in by itself after a Sign Out by hand',
    assumption: 'autoSignInAfterManualSignOut',
  }),
  alternativeReading({
    id: 'address-cleared-by-delete',
    title: 'Delete my sign-in info also empties the sign-in address box',
    catalog: ['DC-03'],
    on: 'Delete my sign-in info also empties the sign-in address in Lync',
    off: 'Delete my sign-in info keeps the sign-in address in Lync',
    assumption: 'addressKeptAfterDelete',
  }),
  alternativeReading({
    id: 'certificate-outlives-expired-password',
    title: 'The service still takes a saved certificate issued before the password expired (S31, on premises)',
    catalog: ['TE-13', 'TE-16'],
    on: 'the service still accepts certificates issued before a password expired',
    off: 'the service refuses certificates once the password has expired',
    assumption: 'certificateRefusedAfterPasswordExpiry',
    place: 'tenant',
  }),
];
