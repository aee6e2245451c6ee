import { spawn } from 'node:child_process';
import { OutputFilter } from './output-filter';
import { TimelineFilter } from './timeline-filter';

/** The signals that end a gate run (what a CI cancellation or a terminal sends). */
export const gateSignals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
export type GateSignal = (typeof gateSignals)[number];

/** How cucumber-js ended, and the signal that interrupted the gate, if one did. */
export interface CucumberEnd {
  readonly status: number | null;
  readonly signal: string | null;
  readonly interruptedBy: GateSignal | null;
}

/** Time cucumber-js gets to end its clients and write what it has, after the gate passes a signal on. */
const graceMs = 3000;

/**
 * Runs cucumber-js, passing its output through an {@link OutputFilter}. A SIGTERM, SIGINT or SIGHUP to the gate goes
 * on to cucumber-js (which ends its clients); after 3 s it is killed. A second signal kills it at once. The timelines
 * of the scenarios named in `quiet` (known deviations) are left out of the output ({@link TimelineFilter}). What
 * cucumber-js sends over the IPC channel goes to `onMessage`.
 */
export function runCucumber(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  quiet: ReadonlySet<string> = new Set(),
  onMessage: (message: unknown) => void = () => undefined,
): Promise<CucumberEnd> {
  return new Promise((resolve) => {
    // The IPC channel carries the gate's record of the run (run-record-formatter.js); it is not inherited further.
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    child.on('message', onMessage);
    const out = new OutputFilter((t) => process.stdout.write(t));
    const timelines = new TimelineFilter(quiet, (t) => process.stderr.write(t));
    const err = new OutputFilter((t) => timelines.push(t));
    child.stdout?.setEncoding('utf8').on('data', (c: string) => out.push(c));
    child.stderr?.setEncoding('utf8').on('data', (c: string) => err.push(c));
    let interruptedBy: GateSignal | null = null;
    let force: NodeJS.Timeout | null = null;
    const onSignal = (signal: GateSignal): void => {
      if (interruptedBy !== null) return void child.kill('SIGKILL');
      interruptedBy = signal;
      process.stderr.write(`\nsignin-sim gate: ${signal} received; ending cucumber-js and every client\n`);
      child.kill('SIGTERM');
      force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    };
    for (const s of gateSignals) process.on(s, onSignal);
    // Every message of the IPC channel is in once it is disconnected.
    const disconnected = new Promise<void>((done) => (child.connected ? child.once('disconnect', done) : done()));
    child.once('close', (status, signal) => {
      for (const s of gateSignals) process.off(s, onSignal);
      if (force) clearTimeout(force);
      out.end();
      err.end();
      timelines.end();
      void disconnected.then(() => resolve({ status, signal, interruptedBy }));
    });
  });
}
