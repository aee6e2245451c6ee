import { clientCommand } from '../drivers/external/client-command';
import { ExternalDriver } from '../drivers/external-driver';
import { InProcessDriver } from '../drivers/in-process-driver';
import type { ClientUnderTest } from './history-run';

/** The reference client itself, in-process: exploring it against itself must find nothing. */
export const referenceInProcess: ClientUnderTest = { name: 'reference (in-process)', driver: () => new InProcessDriver(), verifyEnv: {} };

/** A client program over the client protocol (the reference host when `command` is null), through the external driver. */
export function externalClient(command: string | null, cwd: string = process.cwd()): ClientUnderTest {
  const env: Record<string, string> = command ? { SIGNIN_CLIENT: command, SIGNIN_CLIENT_CWD: cwd } : {};
  const resolved = clientCommand({ ...process.env, ...env });
  return {
    name: command ?? 'reference (over the protocol)',
    driver: () => new ExternalDriver(resolved),
    // A client program mostly waits for its processes to start: four histories at once. The reference host is itself
    // Node loading TypeScript, bound by CPU, and gains nothing from it.
    parallel: command ? 4 : 1,
    verifyEnv: { SIGNIN_DRIVER: 'external', ...env },
  };
}
