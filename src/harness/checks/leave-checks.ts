import type { Stage } from '../stage';
import { same } from './mismatch';

/** Where Lync is after a person left it: what its icon and main window say, and what the service and the computer hold. */
export type LyncWhereabouts =
  | 'signed out at the sign-in window'
  | 'signed out with its window closed'
  | 'signed in at the main window'
  | 'signed in with its window closed'
  | 'not running';

const screens: Record<string, string> = {
  'sign-in': 'at the sign-in window',
  contacts: 'at the main window',
  'signing-in': 'at the signing-in screen',
};

/**
 * The program runs (process table), the service holds a session from this computer or not, the icon's tooltip agrees
 * (a sign-in still under way reads "Signing in", so a sign-in left waiting shows here), and the main window is shown or not.
 */
export async function lyncIs(w: Stage, name: string, computer: string, expected: LyncWhereabouts): Promise<void> {
  const person = w.fake.person(name);
  const running = w.fake.computer(computer).running(person.windowsUser).length > 0;
  const session = w.fake.service.sessionsOf(person.address).some((s) => s.computer === computer);
  const desktop = await w.driver.observe(computer, person.windowsUser);
  const tooltip = desktop.notificationArea.find((i) => i.name === 'Lync')?.tooltip ?? 'no icon';
  const main = desktop.windows.find((x) => x.id === 'main');
  const status =
    tooltip === 'Lync - Not signed in' && !session
      ? 'signed out'
      : tooltip.startsWith(`Lync - ${person.address} - `) && session
        ? 'signed in'
        : `${session ? 'holding a session' : 'holding no session'}, its icon reading "${tooltip}",`;
  const where = main ? (screens[main.screen] ?? `at the ${main.screen} screen`) : 'with its window closed';
  const actual = running ? `${status} ${where}` : 'not running';
  same(`Lync of ${name} on ${computer}`, actual, expected);
}
