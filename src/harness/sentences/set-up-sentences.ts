import type { NetworkName } from '../../fakes';
import { networkName } from './network-name';
import { sentence } from './sentence';

/** The Given steps that build a world: Office 365 people, Lync installs, and who is logged on where. */
export const setUpSentences = {
  account: (p: string): string => sentence('world.has-office-365-account', p),
  installed: (p: string, c: string): string => sentence('world.lync-was-installed-office-365-portal', p, c),
  emptyAddress: (p: string, c: string): string => sentence('world.sign-address-box-lync-was-left-empty', p, c),
  logsOn: (p: string, c: string): string => sentence('world.logs', p, c),
  loggedOnVia: (p: string, c: string, n: NetworkName): string => sentence('world.logged', p, c, networkName(n)),
};
