/**
 * `true` only when A and B accept exactly the same values. The protocol's schemas assert it against the simulator's
 * types, so a change on either side that the other does not follow breaks the build, not a client.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
