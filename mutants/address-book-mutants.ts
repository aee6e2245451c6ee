import { addressBookTimer, type ClientEffect, type LyncPolicyValues, type StepResult } from '../src/simulator';
import { asIf, rewriting } from './mutant';

const waitsForAddressBook = (e: ClientEffect): boolean => e.type === 'timer.set' && e.name === addressBookTimer;

const withoutDelayPolicy = ({ galDownloadInitialDelay: _d, ...rest }: LyncPolicyValues): LyncPolicyValues => rest;

/** Mutants of the address book download after sign-in (FS-15). */
export const addressBookMutants = [
  rewriting(
    'address-book-at-once',
    'FS-15: Lync downloads the address book the moment it signs in, with no wait',
    (before, event, after) =>
      after.effects.some(waitsForAddressBook)
        ? asIf(
            {
              ...before,
              admin: {
                ...before.admin,
                policies: { ...before.admin.policies, machine: { ...before.admin.policies.machine, galDownloadInitialDelay: 0 } },
              },
            },
            event,
          )
        : after,
  ),
  rewriting(
    'address-book-wait-ignores-policy',
    'FS-15: GalDownloadInitialDelay does not shorten the wait: Lync always waits up to 60 minutes',
    (_before, event, after): StepResult => {
      if (event.type !== 'settings.loaded' || event.admin === undefined) return after;
      const { machine, user } = event.admin.policies;
      const policies = { machine: withoutDelayPolicy(machine), user: withoutDelayPolicy(user) };
      return { ...after, state: { ...after.state, admin: { ...after.state.admin, policies } } };
    },
  ),
];
