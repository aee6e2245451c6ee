import type { DesktopRef, DesktopResponse, Drawn, PageAction, PageStatus, PanelAction } from '../desktop-api';
import { el, required } from './dom';
import { closeAllMenus, installMenuDismissal } from './menus';
import { renderDesktop } from './render-desktop';
import { createPanel, type PanelView } from './render-panel';

/**
 * The page's loop: fetch a snapshot, draw it, send what the user does, draw the answer. Requests go one at a time,
 * in the order the user acted. After each drawing, <body data-version> holds the answer's version, so a driver
 * waits for exactly the drawing its action caused.
 */

const body = document.body;
const desktop = required(document.getElementById('desktop'), 'desktop');
const switcher = required(document.querySelector<HTMLSelectElement>('select[aria-label="Desktop"]'), 'desktop switcher');
const problem = required(document.querySelector<HTMLElement>('.bar-error'), 'problem line');
const aside = required(document.getElementById('panel'), 'side panel');

let selected: DesktopRef | null = null;
let desktops: readonly DesktopRef[] = [];
let queue: Promise<unknown> = Promise.resolve();
let panel: PanelView | null = null;
/** While a mouse button is down, redrawing would move the click's target: hold the answer until the click is done. */
let pointerDown = false;
let held: DesktopResponse | null = null;
let drawn: Drawn = { version: 0, selected: null, locked: false, error: '' };
/** Drivers waiting for a drawing newer than a version. */
const waiters = new Set<{ readonly after: number; readonly resolve: (d: Drawn) => void }>();

function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

async function call(path: string, payload?: unknown): Promise<DesktopResponse> {
  const init: RequestInit =
    payload === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) };
  const response = await fetch(path, init);
  if (!response.ok && response.status !== 422) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as DesktopResponse;
}

function status(r: DesktopResponse): PageStatus {
  return { version: r.version, selected: r.selected, desktops: r.desktops, locked: r.snapshot?.locked ?? false };
}

async function load(): Promise<PageStatus> {
  const query = selected ? `?computer=${encodeURIComponent(selected.computer)}&user=${encodeURIComponent(selected.windowsUser)}` : '';
  return show(await call(`/api/desktop${query}`));
}

function show(r: DesktopResponse): PageStatus {
  if (pointerDown) held = r;
  else draw(r);
  return status(r);
}

function draw(r: DesktopResponse): void {
  selected = r.selected;
  desktops = r.desktops;
  switcher.replaceChildren(
    ...desktops.map((d, i) =>
      el(
        'option',
        { value: String(i), selected: d.computer === selected?.computer && d.windowsUser === selected.windowsUser },
        `${d.windowsUser} on ${d.computer}`,
      ),
    ),
  );
  switcher.disabled = desktops.length === 0;
  renderDesktop(desktop, r.snapshot, act);
  if (r.panel) {
    panel ??= createPanel(aside, panelAct, () => selected);
    panel.update(r.panel);
  }
  problem.textContent = r.error ?? '';
  problem.hidden = r.error === null;
  body.dataset.error = r.error ?? '';
  body.dataset.version = String(r.version);
  drawn = { version: r.version, selected: r.selected, locked: r.snapshot?.locked ?? false, error: r.error ?? '' };
  for (const w of waiters) {
    if (drawn.version > w.after) {
      waiters.delete(w);
      w.resolve(drawn);
    }
  }
}

function drawnAfter(version: number, timeoutMs: number): Promise<Drawn> {
  if (drawn.version > version) return Promise.resolve(drawn);
  return new Promise((resolve, reject) => {
    const waiter = {
      after: version,
      resolve: (d: Drawn) => {
        clearTimeout(timer);
        resolve(d);
      },
    };
    const timer = setTimeout(() => {
      waiters.delete(waiter);
      reject(new Error(`no drawing after version ${version} within ${timeoutMs} ms (last drawn: ${drawn.version})`));
    }, timeoutMs);
    waiters.add(waiter);
  });
}

function act(action: PageAction): void {
  const where = selected;
  if (where === null) return;
  void serial(async () => show(await call('/api/act', { ...where, action }))).catch(failed);
}

const failureTitles: Partial<Record<PanelAction['kind'], string>> = {
  symptom: 'Could not set up the world',
  startOver: 'Could not start over',
  fault: 'Could not change the fault',
  addContact: 'Could not change the contact list',
};

function panelAct(action: PanelAction): void {
  void serial(async () => {
    const r = await call('/api/panel', { action, selected });
    const status = show(r);
    if (r.error === null) panel?.clearProblem();
    else panel?.problem(failureTitles[action.kind] ?? 'Could not do that', r.error);
    return status;
  }).catch((e: unknown) => {
    failed(e);
    panel?.problem(failureTitles[action.kind] ?? 'Could not do that', e instanceof Error ? e.message : String(e));
  });
}

function failed(e: unknown): void {
  problem.textContent = e instanceof Error ? e.message : String(e);
  problem.hidden = false;
}

switcher.addEventListener('change', () => {
  selected = desktops[Number(switcher.value)] ?? null;
  void serial(load).catch(failed);
});
document.addEventListener('pointerdown', () => (pointerDown = true), true);
/** After the button is released (and the click has been handled), draw what arrived meanwhile. */
function release(): void {
  pointerDown = false;
  setTimeout(() => {
    if (held !== null && !pointerDown) {
      const r = held;
      held = null;
      draw(r);
    }
  }, 0);
}
document.addEventListener('pointerup', release, true);
document.addEventListener('pointercancel', release, true);
installMenuDismissal();

window.signinSim = {
  refresh: () => serial(load),
  reset: () => {
    closeAllMenus();
    selected = null;
    return serial(load);
  },
  drawnAfter,
};
void serial(load).catch(failed);
