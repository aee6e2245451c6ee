import type { ClientParts } from '../runtime/reference-client';
import type { BrowserDriver } from './browser-driver';
import type { Driver } from './driver';
import { ExternalDriver } from './external-driver';
import { InProcessDriver } from './in-process-driver';

export type DriverName = 'in-process' | 'browser' | 'external';

/** The one place that maps a profile's driver name to a driver. `parts` swaps in a variant of the reference client (mutants). */
export function driverFor(name: string, parts?: ClientParts): Driver {
  switch (name) {
    case 'in-process':
      return new InProcessDriver(parts);
    case 'external':
      // The client is a separate program (SIGNIN_CLIENT); a mutant reaches the reference host through SIGNIN_MUTANT.
      // Two clients are kept started ahead for the run; SIGNIN_CLIENT_SPARE=0 starts each one when needed (docs/gate.md, "Speed").
      return new ExternalDriver(undefined, undefined, process.env.SIGNIN_CLIENT_SPARE !== '0');
    case 'browser':
      return new (browserDriver())(parts);
    default:
      throw new Error(`Unknown driver "${name}"; use in-process, browser or external (SIGNIN_DRIVER)`);
  }
}

/**
 * Loaded only for the browser profile: its page server transpiles the page's TypeScript, and the gate, installed as a
 * package, has no TypeScript compiler (docs/gate.md#install-it-as-a-package).
 */
function browserDriver(): typeof BrowserDriver {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./browser-driver') as typeof import('./browser-driver')).BrowserDriver;
}
