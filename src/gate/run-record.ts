import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Envelope } from '@cucumber/messages';

/** How messages.ndjson compares with the gate's record of the run. */
export type FileCheck = 'as recorded' | 'changed' | 'missing' | 'not checked';

/**
 * The gate's own record of a run: the envelopes cucumber-js sent over the IPC channel (run-record-formatter.js),
 * and the digest of the messages it wrote. Nothing a client can reach: the verdict is made from this.
 */
export class RunRecord {
  readonly envelopes: Envelope[] = [];
  #end: { readonly sha256: string; readonly lines: number } | null = null;

  /** One IPC message from cucumber-js; anything else is ignored. */
  receive(message: unknown): void {
    if (typeof message !== 'object' || message === null) return;
    const m = message as { envelopes?: unknown; end?: { sha256?: unknown; lines?: unknown } };
    if (Array.isArray(m.envelopes)) this.envelopes.push(...(m.envelopes as Envelope[]));
    if (m.end && typeof m.end.sha256 === 'string' && typeof m.end.lines === 'number')
      this.#end = { sha256: m.end.sha256, lines: m.end.lines };
  }

  /** Cucumber's id of the run (testRunStarted.id), which messages.ndjson holds too. */
  get testRunId(): string | null {
    return this.envelopes.find((e) => e.testRunStarted)?.testRunStarted?.id ?? null;
  }

  get sha256(): string | null {
    return this.#end?.sha256 ?? null;
  }

  /** Whether `file` (messages.ndjson) holds exactly the messages cucumber-js wrote; not checked when it never said. */
  check(file: string): FileCheck {
    if (this.#end === null) return 'not checked';
    let text: Buffer;
    try {
      text = readFileSync(file);
    } catch {
      return 'missing';
    }
    return createHash('sha256').update(text).digest('hex') === this.#end.sha256 ? 'as recorded' : 'changed';
  }
}
