import type { ClientParts } from '../runtime/reference-client';
import { BrowserDriver } from './browser-driver';
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
      return new ExternalDriver();
    case 'browser':
      return new BrowserDriver(parts);
    default:
      throw new Error(`Unknown driver "${name}"; use in-process, browser or external (SIGNIN_DRIVER)`);
  }
}
