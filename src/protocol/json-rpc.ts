import { errorCodes } from './error-codes';

export type RpcId = number | string;
export interface RpcError {
  readonly code: number;
  readonly message: string;
  readonly data?: unknown;
}

/** One line of the protocol, once it is known to be JSON-RPC 2.0. */
export type RpcMessage =
  | { readonly kind: 'request'; readonly id: RpcId; readonly method: string; readonly params: unknown }
  | { readonly kind: 'notification'; readonly method: string; readonly params: unknown }
  | { readonly kind: 'result'; readonly id: RpcId; readonly result: unknown }
  | { readonly kind: 'error'; readonly id: RpcId | null; readonly error: RpcError };

export type Parsed =
  { readonly ok: true; readonly message: RpcMessage } | { readonly ok: false; readonly code: number; readonly reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is RpcId => (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'string';
const only = (o: Record<string, unknown>, keys: readonly string[]): string | undefined => Object.keys(o).find((k) => !keys.includes(k));

/** Reads one line: JSON, then the JSON-RPC 2.0 envelope (one object per line; batches are not part of the protocol). */
export function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, code: errorCodes.parseError, reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const bad = (reason: string): Parsed => ({ ok: false, code: errorCodes.invalidRequest, reason });
  if (!isRecord(value)) return bad(Array.isArray(value) ? 'a batch (a JSON list); send one message per line' : 'not a JSON object');
  if (value.jsonrpc !== '2.0') return bad('"jsonrpc" must be "2.0"');
  if ('method' in value) {
    const extra = only(value, ['jsonrpc', 'id', 'method', 'params']);
    if (extra) return bad(`unknown member "${extra}" in a request`);
    if (typeof value.method !== 'string') return bad('"method" must be a string');
    if (!isRecord(value.params)) return bad(`"params" of ${value.method} must be an object`);
    if (!('id' in value)) return { ok: true, message: { kind: 'notification', method: value.method, params: value.params } };
    if (!isId(value.id)) return bad('"id" must be an integer or a string');
    return { ok: true, message: { kind: 'request', id: value.id, method: value.method, params: value.params } };
  }
  if ('result' in value === 'error' in value) return bad('a response has either "result" or "error"');
  const extra = only(value, ['jsonrpc', 'id', 'result', 'error']);
  if (extra) return bad(`unknown member "${extra}" in a response`);
  if ('result' in value)
    return isId(value.id)
      ? { ok: true, message: { kind: 'result', id: value.id, result: value.result } }
      : bad('"id" of a response must be an integer or a string');
  const error = value.error;
  if (!isRecord(error) || typeof error.code !== 'number' || typeof error.message !== 'string')
    return bad('"error" needs a numeric "code" and a string "message"');
  if (value.id !== null && !isId(value.id)) return bad('"id" of an error must be an integer, a string or null');
  return { ok: true, message: { kind: 'error', id: value.id, error: { code: error.code, message: error.message, data: error.data } } };
}

export const requestLine = (id: RpcId, method: string, params: unknown): string => JSON.stringify({ jsonrpc: '2.0', id, method, params });
export const resultLine = (id: RpcId, result: unknown): string => JSON.stringify({ jsonrpc: '2.0', id, result });
export const errorLine = (id: RpcId | null, code: number, message: string): string =>
  JSON.stringify({ jsonrpc: '2.0', id, error: { code, message } });
