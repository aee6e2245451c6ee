/**
 * The version of the client protocol this harness speaks. The number after the slash is the major version:
 * any change a version-1 peer could not understand makes it `signin-sim/2`. Additions a peer may ignore
 * come with a capability instead, offered in `initialize`, so the version stays.
 */
export const protocolVersion = 'signin-sim/4';

/** Capabilities a client may declare in its `initialize` answer. Unknown ones are ignored. */
export const knownCapabilities = {
  /** The client answers `client/screen` with its own view; the harness checks it against what it rendered. */
  screen: 'screen',
} as const;

export type Capability = (typeof knownCapabilities)[keyof typeof knownCapabilities];

/** Same family, same major version. */
export function isCompatible(version: string): boolean {
  return version === protocolVersion;
}
