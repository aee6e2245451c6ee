import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Cast } from './cast';
import type { Intent } from './command-spec';

/** A history as data: its cast and the commands that ran, in order. Enough to run it again, step for step. */
export interface HistoryData {
  readonly cast: Cast;
  readonly intents: readonly Intent[];
}

/**
 * The history of a finding as one word of the command line (`--replay <history>:<token>`): compressed JSON in base64url.
 * It carries the commands themselves, so a replay needs neither fast-check's shrink path nor the corpus the history
 * was grown from.
 */
export const replayToken = (h: HistoryData): string => deflateRawSync(Buffer.from(JSON.stringify(h))).toString('base64url');

export function readReplayToken(token: string): HistoryData {
  let value: unknown;
  try {
    value = JSON.parse(inflateRawSync(Buffer.from(token, 'base64url')).toString('utf8'));
  } catch {
    throw new Error('this replay token cannot be read: copy the whole "--replay <history>:<token>" of a finding');
  }
  const v = value as Partial<HistoryData>;
  const isIntent = (i: unknown) =>
    typeof i === 'object' && i !== null && typeof (i as Intent).command === 'string' && typeof (i as Intent).args === 'object';
  if (!v.cast || !Array.isArray(v.cast.people) || !Array.isArray(v.intents) || !v.intents.every(isIntent))
    throw new Error('this replay token holds no history: copy the whole "--replay <history>:<token>" of a finding');
  return { cast: v.cast, intents: v.intents };
}
