import { appendFileSync } from 'node:fs';
import type { RecordedExchange } from './exchange-trace';

/**
 * Appends one scenario's exchange, as a line of JSON, to the file SIGNIN_TRACE names (the gate's `--trace`, the
 * golden exchanges' recording); does nothing without it.
 */
export function appendTrace(exchange: RecordedExchange, file: string | undefined = process.env.SIGNIN_TRACE): void {
  if (!file) return;
  appendFileSync(file, `${JSON.stringify(exchange)}\n`);
}
