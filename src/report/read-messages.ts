import { readFileSync } from 'node:fs';
import type { Envelope } from '@cucumber/messages';

/**
 * Parses Cucumber messages NDJSON (one envelope per line).
 * A line that is not JSON is an error naming the source and line; when it is the last line, the file was cut short
 * (a run killed while writing, a full disk) and the error says it is truncated: a report is never built from part of
 * a run.
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
      if (isLast) throw new Error(`${source} is truncated: its last line (${index + 1}) is not a whole message`);
      throw new Error(`${source}:${index + 1} is not a JSON message: ${String(error)}`);
    }
  });
  return envelopes;
}

export function readMessages(file: string): Envelope[] {
  return parseMessages(readFileSync(file, 'utf8'), file);
}
