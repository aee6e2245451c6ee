import type { FaultSwitch } from './fault-switch';

/**
 * The alternatives of two Unknown behaviours of leaving Lync (src/simulator/assumptions.ts), as client settings a
 * scenario turns on: SO-11, the next logon after a manual Sign Out, and DC-03, the address box after Delete.
 */
export const assumptionFaults: readonly FaultSwitch[] = [
  {
    id: 'no-auto-sign-in-after-sign-out',
    place: 'client setting',
    title: 'After a Sign Out by hand, Lync does not sign in by itself at the next start',
    catalog: ['SO-11'],
    params: [],
    steps: {
      on: () => 'Lync does not sign in by itself after a Sign Out by hand',
      off: () => 'Lync signs in by itself after a Sign Out by hand',
    },
    turnOn: (w) => {
      w.assumptions = { ...w.assumptions, autoSignInAfterManualSignOut: false };
    },
    turnOff: (w) => {
      w.assumptions = { ...w.assumptions, autoSignInAfterManualSignOut: true };
    },
  },
  {
    id: 'address-cleared-by-delete',
    place: 'client setting',
    title: 'Delete my sign-in info also empties the sign-in address box',
    catalog: ['DC-03'],
    params: [],
    steps: {
      on: () => 'Delete my sign-in info also empties the sign-in address in Lync',
      off: () => 'Delete my sign-in info keeps the sign-in address in Lync',
    },
    turnOn: (w) => {
      w.assumptions = { ...w.assumptions, addressKeptAfterDelete: false };
    },
    turnOff: (w) => {
      w.assumptions = { ...w.assumptions, addressKeptAfterDelete: true };
    },
  },
];
