import { parseFaultArgs, setFault } from '../../fakes';
import type { Stage } from '../stage';

/**
 * Faults the phrases of other capabilities turn (the clock set right by a person, a licence, a password changed on the
 * portal). A fault switch's own sentences need no task: src/harness/phrases/fault-switches.ts turns the switch.
 */
export const rootCertificate = (w: Stage, computer: string, installed: boolean) =>
  setFault(w.fake, 'missing-root-certificate', !installed, { computer });
export const clockOffset = (w: Stage, computer: string, minutes: number) =>
  setFault(w.fake, 'clock-off', minutes !== 0, { computer, minutes });

export const licensed = (w: Stage, person: string, on: boolean) => setFault(w.fake, 'unlicensed', !on, { person });
export const changePassword = (w: Stage, person: string) => setFault(w.fake, 'password-changed', true, { person });
export const filePac = (w: Stage, computer: string, on: boolean) => setFault(w.fake, 'file-pac', on, { computer });
export const singleSignOn = (w: Stage, on: boolean) => setFault(w.fake, 'single-sign-on', on);
export const domainAccount = (w: Stage, person: string, computer: string, on: boolean) =>
  setFault(w.fake, 'domain-account', on, { person, computer });

/** Any registered switch by its id, with its arguments written "computer=PC1, minutes=6" (scenarios written by exploration). */
export const switchFault = (w: Stage, id: string, on: boolean, args = '') => setFault(w.fake, id, on, parseFaultArgs(args));
