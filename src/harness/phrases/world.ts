import type { NetworkName } from '../../fakes';
import * as world from '../tasks/world-tasks';
import * as setup from '../tasks/setup-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const worldPhrases: readonly Phrase[] = [
  phrase('world.has-office-365-account', 'Given', '{person} has an Office 365 account', (stage: Stage, p: string) =>
    world.hasAccount(stage, p),
  ),
  phrase(
    'world.lync-was-installed-office-365-portal',
    'Given',
    'Lync was installed for {person} on {computer} from the Office 365 portal',
    (stage: Stage, p: string, c: string) => world.installLync(stage, p, c),
  ),
  phrase(
    'world.sign-address-box-lync-was-left-empty',
    'Given',
    "the sign-in address box of {person}'s Lync on {computer} was left empty by the installer",
    (stage: Stage, p: string, c: string) => setup.clearPreconfiguredAddress(stage, p, c),
  ),
  phrase(
    'world.logged',
    'Given',
    '{person} is logged on to {computer} on {network}',
    (stage: Stage, p: string, c: string, n: NetworkName) => setup.loggedOnVia(stage, p, c, n),
  ),
  phrase('world.logs', 'When', '{person} logs on to {computer}', (stage: Stage, p: string, c: string) => world.logOn(stage, p, c)),
  phrase('world.logs-off', 'When', '{person} logs off {computer}', (stage: Stage, p: string, c: string) => world.logOff(stage, p, c)),
  phrase('world.locks', 'When', '{person} locks {computer}', (stage: Stage, p: string, c: string) => world.setLocked(stage, p, c, true)),
  phrase('world.unlocks', 'When', '{person} unlocks {computer}', (stage: Stage, p: string, c: string) =>
    world.setLocked(stage, p, c, false),
  ),
  phrase('world.computer-is-network', 'Given', '{computer} is {network}', (stage: Stage, c: string, n: NetworkName) =>
    world.setNetwork(stage, c, n),
  ),
  phrase('world.goes-on-network', 'When', '{computer} goes on {network}', (stage: Stage, c: string, n: NetworkName) =>
    world.setNetwork(stage, c, n),
  ),
  phrase('world.goes-offline', 'When', '{computer} goes {network}', (stage: Stage, c: string, n: NetworkName) =>
    world.setNetwork(stage, c, n),
  ),
  phrase('world.moved-to-network', 'When', '{computer} is moved to {network}', (stage: Stage, c: string, n: NetworkName) =>
    world.setNetwork(stage, c, n),
  ),
  phrase('world.sends-instant-message', 'When', '{person} sends {person} an instant message', (stage: Stage, from: string, to: string) =>
    world.sendMessage(stage, from, to),
  ),
  phrase('world.time-passes', 'When', '{duration} pass(es)', (stage: Stage, ms: number) => world.passTime(stage, ms)),
];
