import { writeFileSync } from 'node:fs';

/** What the harness had to end, and the most a client used, over one run of the external driver. */
export interface ClientTally {
  /** Client processes started (each time the simulated user started Lync). */
  starts: number;
  /** Client processes still running when the harness was done with them (the end of a scenario, a fault, log-off). */
  clients: number;
  /** Other processes in a client's process group, ended with it (the program under `sh -c`, and what it started). */
  descendants: number;
  /** Processes in a client's process group still running after the client ended by itself (a fault of the client). */
  leftInGroup: number;
  /** Processes of a client found outside its process group (by its environment marker or its pipes). */
  escaped: number;
  /** The most platform calls one request of the harness caused. */
  maxCallsPerRequest: number;
  /** The most platform calls in one scenario, every process of it together. */
  maxCallsPerScenario: number;
  /** The most bytes clients wrote on stdout in one scenario. */
  maxBytesPerScenario: number;
}

/** A tally with nothing counted yet. */
export const emptyTally = (): ClientTally => ({
  starts: 0,
  clients: 0,
  descendants: 0,
  leftInGroup: 0,
  escaped: 0,
  maxCallsPerRequest: 0,
  maxCallsPerScenario: 0,
  maxBytesPerScenario: 0,
});

export const tally: ClientTally = emptyTally();

/** Writes the tally where the gate reads it (SIGNIN_CLIENT_TALLY_FILE), if it asked. Synchronous: called at exit. */
export function writeTally(file: string | undefined = process.env.SIGNIN_CLIENT_TALLY_FILE): void {
  if (!file) return;
  try {
    writeFileSync(file, JSON.stringify(tally));
  } catch {
    // The gate then says the tally is missing.
  }
}

/** The tally the gate's driver wrote, or null. */
export function readTally(text: string): ClientTally | null {
  try {
    const t = JSON.parse(text) as Partial<ClientTally>;
    return typeof t.clients === 'number' ? (t as ClientTally) : null;
  } catch {
    return null;
  }
}
