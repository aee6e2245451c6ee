import { readFileSync } from 'node:fs';
import type { ClientLimits } from '../drivers/external/client-limits';
import { emptyTally, readTally, type ClientTally } from '../drivers/external/client-tally';
import { findClientProcesses, killProcess } from '../drivers/external/process-table';

/** Ends every process still carrying the gate run's marker (SIGNIN_GATE_RUN=<id>) once cucumber-js is gone; returns how many. */
export function endRunLeftovers(runId: string): number {
  const found = findClientProcesses({ pgid: null, marker: `SIGNIN_GATE_RUN=${runId}`, pipes: [] });
  for (const p of found) killProcess(p.pid);
  return found.length;
}

/** The driver's tally of a gate run, or one of zeros when cucumber-js wrote none. */
export function readRunTally(file: string): ClientTally & { readonly written: boolean } {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // none written
  }
  const t = readTally(text);
  return { ...(t ?? emptyTally()), written: t !== null };
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The line before the gate's last: how many processes it had to end, and why. */
export function processesLine(t: ClientTally, afterRun: number): string {
  const total = t.clients + t.descendants + (t.leftInGroup ?? 0) + t.escaped + afterRun;
  const parts = [
    `${count(t.clients + t.descendants, 'process', 'processes')} of ${count(t.clients, 'client')} still running at the end of their scenario, a fault or an interruption`,
    `${count(t.leftInGroup ?? 0, 'process', 'processes')} left in a client's process group after it ended by itself`,
    `${count(t.escaped, 'process', 'processes')} that had left their client's process group`,
    ...(afterRun > 0 ? [`${count(afterRun, 'process', 'processes')} still running after cucumber-js ended`] : []),
  ];
  const faults = (t.leftInGroup ?? 0) + t.escaped + afterRun;
  const verdict = faults > 0 ? ` (${count(faults, 'process', 'processes')} left behind: a fault of the client)` : '';
  return `The gate started the client ${count(t.starts, 'time')} and ended ${count(total, 'process', 'processes')}: ${parts.join(', ')}${verdict}.`;
}

/** The client's largest use of each capped resource, against its cap (to set caps from measurements). */
export function usageLine(t: ClientTally, limits: ClientLimits): string {
  return (
    `Largest use: ${t.maxCallsPerRequest} platform calls in one request (cap ${limits.maxCallsPerRequest}), ` +
    `${t.maxCallsPerScenario} in one scenario (cap ${limits.maxCallsPerScenario}), ` +
    `${t.maxBytesPerScenario} bytes on stdout in one scenario (cap ${limits.maxBytesPerScenario}).`
  );
}
