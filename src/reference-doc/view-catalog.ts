import type { ClientView, ControlView, IconView, MenuItemView } from '../simulator';

/** One control as the reference client draws it: its kind and name, and every text or value it showed. */
export interface ControlEntry {
  readonly kind: ControlView['kind'];
  readonly name: string;
  /** In every render of its window and screen, or only in some. */
  always: boolean;
  readonly values: Set<string>;
  readonly menu: MenuItemView[];
}

export interface ScreenEntry {
  readonly window: string;
  readonly screen: string;
  readonly titles: Set<string>;
  /** Controls in the order the client draws them (a merge of every order seen). */
  readonly controls: ControlEntry[];
  renders: number;
}

export interface ViewCatalog {
  readonly screens: ScreenEntry[];
  readonly tooltips: Set<string>;
  readonly iconMenus: Set<string>;
  readonly ctrlMenus: Set<string>;
  /** Every user action the harness sent, as `type window name`. */
  readonly actions: Set<string>;
  /** The hosts one attempt asked with `discover`, in order (a run of discover requests with only failures between). */
  readonly discoverChains: Set<string>;
  /** Every `log.write` line. */
  readonly logLines: Set<string>;
  /** Every `timer.set`, as name, ms and random. */
  readonly timers: Set<string>;
  /** Every `desktop.alert`, as title and text. */
  readonly alerts: Set<string>;
}

const key = (c: { kind: string; name: string }): string => `${c.kind} ${c.name}`;

function valueOf(c: ControlView): string | null {
  switch (c.kind) {
    case 'label':
      return c.text;
    case 'textbox':
      return c.secret ? (c.value === '' ? '""' : '•••••••• (secret: true)') : JSON.stringify(c.value);
    case 'checkbox':
      return `checked: ${c.checked}${c.disabled ? ', disabled: true' : ''}`;
    default:
      return null;
  }
}

function mergeMenu(into: MenuItemView[], items: readonly MenuItemView[]): void {
  let at = 0;
  for (const item of items) {
    const found = into.findIndex((i) => i.name === item.name);
    if (found < 0) into.splice(at, 0, { name: item.name, ...(item.items ? { items: [] } : {}) });
    const index = found < 0 ? at : found;
    const target = into[index] as { name: string; items?: MenuItemView[] };
    if (item.items) {
      target.items ??= [];
      mergeMenu(target.items, item.items);
    }
    at = index + 1;
  }
}

/**
 * Adds one render's controls to a screen's list, keeping their order: a control not yet listed goes right after the
 * one drawn before it (so optional controls land where they appear).
 */
function mergeControls(entry: ScreenEntry, controls: readonly ControlView[]): void {
  const seen = new Set<string>();
  let at = 0;
  for (const c of controls) {
    seen.add(key(c));
    let index = entry.controls.findIndex((e) => key(e) === key(c));
    if (index < 0) {
      entry.controls.splice(at, 0, { kind: c.kind, name: c.name, always: entry.renders === 0, values: new Set(), menu: [] });
      index = at;
    }
    const e = entry.controls[index] as ControlEntry;
    const value = valueOf(c);
    if (value !== null) e.values.add(value);
    if (c.kind === 'menu') mergeMenu(e.menu, c.items);
    at = Math.max(at, index + 1);
  }
  for (const e of entry.controls) if (!seen.has(key(e))) e.always = false;
  entry.renders++;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** What the reference client drew and what the harness did, over recorded exchanges (`P1 ← desktop.render {...}` lines). */
export function viewCatalog(exchanges: readonly (readonly string[])[]): ViewCatalog {
  const catalog: ViewCatalog = {
    screens: [],
    tooltips: new Set(),
    iconMenus: new Set(),
    ctrlMenus: new Set(),
    actions: new Set(),
    discoverChains: new Set(),
    logLines: new Set(),
    timers: new Set(),
    alerts: new Set(),
  };
  for (const exchange of exchanges) {
    const chains = new Map<string, string[]>();
    const close = (p: string): void => {
      const chain = chains.get(p);
      if (chain && chain.length > 0) catalog.discoverChains.add(chain.join(' → '));
      chains.delete(p);
    };
    for (const line of exchange) {
      const m = /^(P\d+) ([→←]) (\S+) (.*)$/.exec(line);
      if (!m) continue;
      const [, p, direction, what, json] = m as unknown as [string, string, string, string, string];
      const fields = JSON.parse(json) as unknown;
      if (!isRecord(fields)) continue;
      addNetwork(catalog, p, direction, what, fields, chains, close);
      if (direction === '←' && what === 'desktop.render') addView(catalog, fields['view'] as ClientView);
      if (direction === '→' && what.startsWith('user.')) {
        const name =
          fields['control'] ?? fields['field'] ?? fields['item'] ?? (Array.isArray(fields['path']) ? fields['path'].join(' > ') : '');
        catalog.actions.add(`${what} ${String(fields['window'] ?? fields['place'])} ${String(name)}`.trim());
      }
    }
    for (const p of [...chains.keys()]) close(p);
  }
  catalog.screens.sort((a, b) => a.window.localeCompare(b.window) || a.screen.localeCompare(b.screen));
  return catalog;
}

function addView(catalog: ViewCatalog, view: ClientView): void {
  for (const w of view.windows) {
    let entry = catalog.screens.find((s) => s.window === w.id && s.screen === w.screen);
    if (!entry) {
      entry = { window: w.id, screen: w.screen, titles: new Set(), controls: [], renders: 0 };
      catalog.screens.push(entry);
    }
    entry.titles.add(w.title);
    mergeControls(entry, w.controls);
  }
  const icon: IconView | null = view.icon;
  if (icon) {
    catalog.tooltips.add(icon.tooltip);
    catalog.iconMenus.add(JSON.stringify(icon.menu));
    if (icon.ctrlMenu) catalog.ctrlMenus.add(JSON.stringify(icon.ctrlMenu));
  }
}

function addNetwork(
  catalog: ViewCatalog,
  p: string,
  direction: string,
  what: string,
  fields: Record<string, unknown>,
  chains: Map<string, string[]>,
  close: (p: string) => void,
): void {
  if (direction === '←' && what === 'net.request') {
    const request = fields['request'] as { kind: string; host: string };
    if (request.kind === 'discover') chains.set(p, [...(chains.get(p) ?? []), request.host]);
    else close(p);
  } else if (direction === '→' && what !== 'net.response') close(p);
  if (direction === '←' && what === 'log.write') catalog.logLines.add(String(fields['line']));
  if (direction === '←' && what === 'timer.set')
    catalog.timers.add(`${String(fields['name'])}: ${String(fields['ms'])} ms${fields['random'] === true ? ', random' : ''}`);
  if (direction === '←' && what === 'desktop.alert') catalog.alerts.add(`${String(fields['title'])}: ${String(fields['text'])}`);
}
