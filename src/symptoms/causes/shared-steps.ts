import { said, setTo, type StepPattern } from '../step-pattern';

/** Fix steps several causes share. */
export const deletesSignInInfo = said('lync.deletes-sign-info');
export const goesOnTheNetwork = said('world.goes-on-network', null, "the organization's network");

/** A Group Policy set to one of these states, in the Computer or the User Configuration. */
export const policySetTo = (policy: string, ...states: string[]): StepPattern[] =>
  ['computer-policy', 'user-policy'].map((fault) => setTo(fault, { policy, state: (s) => states.includes(String(s)) }));
