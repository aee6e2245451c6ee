import * as fault from '../tasks/fault-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const faultsPhrases: readonly Phrase[] = [
  phrase('faults.sets-clock-right', 'When', '{person} sets the clock of {computer} right', (stage: Stage, _p: string, c: string) =>
    fault.clockOffset(stage, c, 0),
  ),
  phrase(
    'faults.account-was-licensed-just-now-still-being',
    'Given',
    "{person}'s account was licensed just now and is still being provisioned",
    (stage: Stage, p: string) => fault.licensed(stage, p, true),
  ),
  phrase('faults.support-desk-resets-password', 'When', "the support desk resets {person}'s password", (stage: Stage, p: string) =>
    fault.changePassword(stage, p),
  ),
  phrase(
    'faults.proxy-changed-automatically-detect-settings-wpad',
    'When',
    'the proxy of {computer} is changed to Automatically detect settings with WPAD',
    (stage: Stage, c: string) => fault.filePac(stage, c, false),
  ),
];
