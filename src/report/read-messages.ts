import { readFileSync } from 'node:fs';
import type { Envelope } from '@cucumber/messages';

/**
 * Parses Cucumber messages NDJSON (one envelope per line).
 * A run that was killed may leave a half-written last line; that line is dropped.
 * Any other line that is not JSON is an error naming the source and line.
 */
export function parseMessages(ndjson: string, source = 'messages'): Envelope[] {
  const lines = ndjson.split('\n');
  const envelopes: Envelope[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      envelopes.push(JSON.parse(line) as Envelope);
    } catch (error) {
      const isLast = lines.slice(index + 1).every((rest) => rest.trim() === '');
      if (isLast) return;
      throw new Error(`${source}:${index + 1} is not a JSON message: ${String(error)}`);
    }
  });
  return envelopes;
}

export function readMessages(file: string): Envelope[] {
  return parseMessages(readFileSync(file, 'utf8'), file);
}
