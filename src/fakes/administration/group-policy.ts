import { policyTitles, type LyncPolicyName, type LyncPolicyValues } from '../../simulator';
import type { Computer } from '../computer';
import type { Timeline } from '../timeline';

export type PolicyState = 'Enabled' | 'Disabled' | 'Not configured';

const valueOf = (state: PolicyState): boolean | undefined => (state === 'Not configured' ? undefined : state === 'Enabled');

const set = (key: LyncPolicyValues, name: LyncPolicyName, state: PolicyState): LyncPolicyValues => {
  const { [name]: _old, ...rest } = key;
  const value = valueOf(state);
  return value === undefined ? rest : { ...rest, [name]: value };
};

/** The Lync policies that hold a number (a DWORD in the registry); the others are Enabled or Disabled. */
const numberPolicies: readonly LyncPolicyName[] = ['galDownloadInitialDelay', 'httpProxyControlFlags'];

/** A DWORD for a policy that holds one: a whole number from 0 to 0xFFFFFFFF. */
function dword(name: LyncPolicyName, value: number): number {
  if (!numberPolicies.includes(name))
    throw new Error(`"${policyTitles[name].title}" is Enabled or Disabled, not a number; set it with "... to Enabled in ..."`);
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff)
    throw new Error(`A DWORD is a whole number from 0 to 4294967295, not ${value}`);
  return value;
}

const numberWords = (name: LyncPolicyName, value: number): string =>
  name === 'galDownloadInitialDelay' ? `${value} minutes` : `${value} (DWORD 0x${value.toString(16)})`;

/** Finds a Lync policy by the title Group Policy shows (AS-08..AS-10, FS-14, FS-16). */
export function policyNamed(title: string): LyncPolicyName {
  const found = (Object.keys(policyTitles) as LyncPolicyName[]).find((n) => policyTitles[n].title === title);
  if (!found)
    throw new Error(
      `No Lync policy titled "${title}"; known: ${Object.values(policyTitles)
        .map((p) => p.title)
        .join(', ')}`,
    );
  return found;
}

/**
 * The domain's Group Policy for Lync, applied the way Windows applies it: Computer Configuration goes into
 * HKLM\SOFTWARE\Policies\Microsoft\Office\15.0\Lync of that computer (for every user of it), at once; User
 * Configuration follows the user and is written into HKCU\SOFTWARE\Policies\... of their profile at each logon.
 */
export class GroupPolicy {
  readonly #users = new Map<string, LyncPolicyValues>();

  constructor(private readonly timeline: Timeline) {}

  setComputerPolicy(computer: Computer, name: LyncPolicyName, state: PolicyState): void {
    computer.policyKey = set(computer.policyKey, name, state);
    this.timeline.record(
      `Group Policy sets "${policyTitles[name].title}" to ${state} in the Computer Configuration of ${computer.name} (HKLM)`,
    );
  }

  /** A policy that holds a number, a DWORD (FS-15: GalDownloadInitialDelay, in minutes; KB 3123662: HttpProxyControlFlags). */
  setComputerNumber(computer: Computer, name: LyncPolicyName, value: number): void {
    computer.policyKey = { ...computer.policyKey, [name]: dword(name, value) };
    this.timeline.record(
      `Group Policy sets "${policyTitles[name].title}" to ${numberWords(name, value)} in the Computer Configuration of ${computer.name} (HKLM)`,
    );
  }

  /** A DWORD policy in a user's User Configuration, written into HKCU at their next logon. */
  setUserNumber(windowsUser: string, name: LyncPolicyName, value: number): void {
    this.#users.set(windowsUser, { ...this.#users.get(windowsUser), [name]: dword(name, value) });
    this.timeline.record(
      `Group Policy sets "${policyTitles[name].title}" to ${numberWords(name, value)} in the User Configuration of ${this.timeline.name(windowsUser)}`,
    );
  }

  setUserPolicy(windowsUser: string, name: LyncPolicyName, state: PolicyState): void {
    const values = set(this.#users.get(windowsUser) ?? {}, name, state);
    if (Object.keys(values).length === 0) this.#users.delete(windowsUser);
    else this.#users.set(windowsUser, values);
    this.timeline.record(
      `Group Policy sets "${policyTitles[name].title}" to ${state} in the User Configuration of ${this.timeline.name(windowsUser)}`,
    );
  }

  /** The User Configuration of every user, for tests and the playground. */
  describe(): Record<string, LyncPolicyValues> {
    return Object.fromEntries(this.#users);
  }

  /** At logon Windows writes the user's policy into HKCU of the profile on that computer. */
  applyAtLogon(computer: Computer, windowsUser: string): void {
    const values = this.#users.get(windowsUser) ?? {};
    const profile = computer.profile(windowsUser);
    if (Object.keys(values).length === 0 && Object.keys(profile.policyKey).length === 0) return;
    profile.policyKey = values;
    this.timeline.record(`Windows applies the User Configuration of ${this.timeline.name(windowsUser)} to HKCU on ${computer.name}`);
  }
}
