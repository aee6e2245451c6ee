/** JSON-RPC error codes of the protocol: the standard ones, and four of ours (-32000 to -32003). */
export const errorCodes = {
  /** The line is not JSON. */
  parseError: -32700,
  /** JSON, but not a JSON-RPC 2.0 request or response of this protocol. */
  invalidRequest: -32600,
  methodNotFound: -32601,
  /** The params do not fit the method's schema; the message says where. */
  invalidParams: -32602,
  internalError: -32603,
  /** The fake world refused the call (say, Lync is not installed for this user); the message says why. */
  platformRefused: -32000,
  /** A platform call while the client handles no request of the harness. */
  notNow: -32001,
  /** `initialize` with a protocol version the client does not speak. */
  unsupportedVersion: -32002,
  /** The client went past a cap of the harness (platform calls per request or per scenario); the message says which. */
  overLimit: -32003,
} as const;

export type ErrorCode = (typeof errorCodes)[keyof typeof errorCodes];
