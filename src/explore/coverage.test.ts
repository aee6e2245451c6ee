import { expect } from 'chai';
import { test } from 'node:test';
import type { DesktopSnapshot } from '../fakes';
import { actionKind, Coverage, mergeReached, seatState, worldState, type CoveragePoint } from './coverage';
import type { Primitive } from './primitive';

const desktop = (over: Partial<DesktopSnapshot> = {}): DesktopSnapshot => ({
  computer: 'PC1',
  windowsUser: 'alice',
  locked: false,
  startMenu: [],
  taskbar: [],
  notificationArea: [],
  windows: [],
  toasts: [],
  ...over,
});
const main = (screen: string, visible = true) => ({ id: 'main', screen, visible }) as unknown as DesktopSnapshot['windows'][number];

test('a seat is read as a person sees it, with no names', () => {
  const cases: [string, DesktopSnapshot | null, number, string][] = [
    ['logged off, nothing running', null, 0, 'away'],
    ['logged off, Lync still running', null, 1, 'away+1'],
    ['locked', desktop({ locked: true, windows: [main('signedIn')] }), 1, 'locked'],
    ['nothing open', desktop(), 0, 'desktop'],
    [
      'the main window and the icon',
      desktop({ windows: [main('signIn')], notificationArea: [{ name: 'Lync', tooltip: '', menu: [] }] }),
      1,
      'main:signIn+icon',
    ],
    ['a hidden window is not seen', desktop({ windows: [main('signIn', false)] }), 1, 'desktop'],
    ['two Lyncs in one session', desktop({ windows: [main('signIn')] }), 2, 'main:signIn+2'],
  ];
  for (const [name, snap, processes, want] of cases) expect(seatState(snap, processes), name).to.equal(want);
});

test('who is where does not make a new state', () => {
  expect(worldState(['main:signIn', 'away'])).to.equal(worldState(['away', 'main:signIn']));
});

test('an action is named by what was done to which control, never by whom', () => {
  const alice = { person: 'Alice', computer: 'PC1' };
  const cases: [Primitive, string][] = [
    [{ t: 'desktop', ...alice, action: { kind: 'click', window: 'main', control: 'Sign In' } }, 'click main/Sign In'],
    [
      { t: 'desktop', ...alice, action: { kind: 'type', window: 'main', field: 'Password', text: { what: 'password', whose: 'Bob' } } },
      'type main/Password: password',
    ],
    [{ t: 'desktop', ...alice, action: { kind: 'menu', window: 'main', path: ['File', 'Sign Out'] } }, 'menu main/File > Sign Out'],
    [
      { t: 'desktop', ...alice, action: { kind: 'iconMenu', place: 'notification area', item: 'Exit', ctrl: true } },
      'icon menu Exit (ctrl)',
    ],
    [{ t: 'logOn', ...alice }, 'logOn'],
    [{ t: 'time', ms: 30_000 }, 'time 30000'],
    [{ t: 'fault', id: 'dns-down', on: false, args: {} }, 'fault dns-down off'],
  ];
  for (const [p, want] of cases) expect(actionKind(p), want).to.equal(want);
});

const point = (before: string, action: string, after: string, faults: string, command: number): CoveragePoint => ({
  before,
  action,
  after,
  faults,
  command,
});

test('coverage counts what is new and where the history last found something new', () => {
  const c = new Coverage();
  const cases: [string, CoveragePoint[], { gain: number; frontier: number }, [number, number, number]][] = [
    ['a first step: two states, a transition, a fault set', [point('a', 'x', 'b', 'none', 0)], { gain: 4, frontier: 1 }, [2, 1, 1]],
    ['the same again: nothing new', [point('a', 'x', 'b', 'none', 0)], { gain: 0, frontier: 0 }, [2, 1, 1]],
    [
      'something new at the third command',
      [point('a', 'x', 'b', 'none', 0), point('b', 'x', 'b', 'none', 1), point('b', 'y', 'c', 'dns', 2)],
      { gain: 4, frontier: 3 },
      [3, 3, 2],
    ],
  ];
  for (const [name, points, want, [states, transitions, faultSets]] of cases) {
    expect(c.add(points), name).to.deep.equal(want);
    expect(c.figure(), name).to.deep.equal({ states, transitions, faultSets });
  }
});

test('the shards of one exploration merge into one figure: what two reached counts once', () => {
  const a = new Coverage();
  a.add([point('a', 'x', 'b', 'none', 0)]);
  const b = new Coverage();
  b.add([point('a', 'x', 'b', 'none', 0), point('b', 'y', 'c', 'dns', 1)]);
  expect(mergeReached([a.reached(), b.reached()]).figure).to.deep.equal({ states: 3, transitions: 2, faultSets: 2 });
});
