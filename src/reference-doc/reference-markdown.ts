import type { RecordedExchange } from '../drivers/external/exchange-trace';
import {
  adminSettings,
  availability,
  clientView,
  connectionSettings,
  control,
  harnessMethods,
  iconView,
  loadedSettings,
  lyncPolicyValues,
  menuItem,
  netFailure,
  platformMethods,
  processIdentity,
  screen,
  settingsPatch,
  windowId,
  windowView,
  wireCredentialEntry,
  wireEvent,
  wireNetRequest,
  wireNetResponse,
  type MethodSpec,
  type SchemaNode,
} from '../protocol';
import { clientMessages } from '../simulator';
import type { AssumptionDoc } from './assumption-docs';
import { schemaText } from './schema-text';
import { viewCatalog, type ControlEntry } from './view-catalog';

/** The named shapes, in the order the document lists them. */
const shapes: readonly [string, SchemaNode][] = [
  ['ProcessIdentity', processIdentity],
  ['WindowId', windowId],
  ['Screen', screen],
  ['ClientView', clientView],
  ['WindowView', windowView],
  ['IconView', iconView],
  ['Control', control],
  ['MenuItem', menuItem],
  ['LoadedSettings', loadedSettings],
  ['SettingsPatch', settingsPatch],
  ['CredentialEntry', wireCredentialEntry],
  ['AdminSettings', adminSettings],
  ['PolicyValues', lyncPolicyValues],
  ['ConnectionSettings', connectionSettings],
  ['NetRequest', wireNetRequest],
  ['NetResponse', wireNetResponse],
  ['NetFailure', netFailure],
  ['Availability', availability],
  ['Event', wireEvent],
];
const names = new Map<SchemaNode, string>(shapes.map(([name, node]) => [node, name]));
const one = (node: SchemaNode): string => schemaText(node, names, false).replace(/\n/g, ' ');
const code = (text: string): string => (text === '' ? '`""`' : `\`${text.replace(/`/g, "'")}\``);
const cell = (text: string): string => text.replace(/\|/g, '\\|');

function methodTable(methods: Readonly<Record<string, MethodSpec<unknown, unknown>>>): string[] {
  return [
    '| method | params | result | summary |',
    '|---|---|---|---|',
    ...Object.entries(methods).map(
      ([name, m]) =>
        `| ${code(name)} | ${cell(code(one(m.params)))} | ${cell(code(one(m.result)))} | ${cell(m.summary)}${m.capability ? ` (capability ${code(m.capability)})` : ''} |`,
    ),
  ];
}

function shapeBlock(): string[] {
  const width = Math.max(...shapes.map(([n]) => n.length)) + 2;
  const lines: string[] = ['```text'];
  for (const [name, node] of shapes) {
    const text = schemaText(node, names, true).split('\n');
    lines.push(`${name.padEnd(width)}${text[0] ?? ''}`, ...text.slice(1).map((t) => `${' '.repeat(width)}${t}`));
  }
  lines.push('```');
  return lines;
}

const maxValues = 12;
function valuesText(c: ControlEntry): string {
  const values = [...c.values];
  if (values.length === 0) return '';
  const shown = values.slice(0, maxValues).map((v) => code(v));
  return `: ${shown.join(', ')}${values.length > maxValues ? ` and ${values.length - maxValues} more` : ''}`;
}

const menuText = (items: readonly { name: string; items?: readonly { name: string }[] }[]): string =>
  items.map((i) => (i.items ? `${code(i.name)} (${menuText(i.items as typeof items)})` : code(i.name))).join(', ');

function windowsSection(exchanges: readonly RecordedExchange[]): string[] {
  const catalog = viewCatalog(exchanges.map((e) => e.exchange));
  const lines: string[] = [];
  for (const s of catalog.screens) {
    lines.push(
      '',
      `**${code(s.window)}, screen ${code(s.screen)}** (title ${[...s.titles].map(code).join(' or ')}; ${s.renders} renders in the suite):`,
    );
    s.controls.forEach((c, i) => {
      const menu = c.kind === 'menu' ? `, items ${menuText(c.menu)}` : '';
      lines.push(`${i + 1}. ${c.kind} ${code(c.name)}${c.always ? '' : ' (only in some states)'}${menu}${valuesText(c)}`);
    });
  }
  lines.push(
    '',
    `**The icon.** Tooltips: ${[...catalog.tooltips].map(code).join(', ')}. Menus: ${[...catalog.iconMenus].map(code).join(', ')}. CTRL menus: ${[...catalog.ctrlMenus].map(code).join(', ')}.`,
    '',
    '**What the features do on screen** (every user action the harness sent, as type, window or place, and name):',
    '',
    ...[...catalog.actions].sort().map((a) => `- ${code(a)}`),
    '',
    '### What the reference client sent besides its windows',
    '',
    '**Finding the server**: the hosts one attempt asked with `discover`, in order, as the suite saw them:',
    '',
    ...[...catalog.discoverChains].sort().map((c) => `- ${code(c)}`),
    '',
    '**The failure log** (`log.write` lines):',
    '',
    ...[...catalog.logLines].sort().map((l) => `- ${code(l)}`),
    '',
    '**Timers** (`timer.set`):',
    '',
    ...[...catalog.timers].sort().map((t) => `- ${code(t)}`),
    '',
    '**Toasts** (`desktop.alert`, title: text):',
    '',
    ...[...catalog.alerts].sort().map((a) => `- ${code(a)}`),
  );
  return lines;
}

/** The texts of `clientMessages`, with their parameters as `<name>`. */
export function messageTexts(): [string, string][] {
  return Object.entries(clientMessages).map(([key, value]): [string, string] => {
    if (typeof value === 'string') return [key, value];
    const parameter = /^\(?\s*(\w+)/.exec(String(value))?.[1] ?? 'value';
    return [key, (value as (p: string) => string)(`<${parameter}>`)];
  });
}

function switchedIn(exchanges: readonly RecordedExchange[]): Map<string, Map<string, string[]>> {
  const found = new Map<string, Map<string, string[]>>();
  for (const e of exchanges) {
    for (const line of e.exchange) {
      const m = /^P\d+ → initialize (.*)$/.exec(line);
      if (!m) continue;
      const assumptions = (JSON.parse(m[1] ?? '{}') as { assumptions?: Record<string, unknown> }).assumptions ?? {};
      for (const [name, value] of Object.entries(assumptions)) {
        const byValue = found.get(name) ?? new Map<string, string[]>();
        const list = byValue.get(JSON.stringify(value)) ?? [];
        if (!list.includes(e.scenario)) list.push(e.scenario);
        byValue.set(JSON.stringify(value), list);
        found.set(name, byValue);
      }
    }
  }
  return found;
}

function assumptionsSection(docs: readonly AssumptionDoc[], exchanges: readonly RecordedExchange[]): string[] {
  const switched = switchedIn(exchanges);
  return [
    '| assumption | values | default | scenarios that switch it | meaning |',
    '|---|---|---|---|---|',
    ...docs.map((d) => {
      const alternatives = [...(switched.get(d.name) ?? new Map<string, string[]>())]
        .map(([value, scenarios]) => `${code(value)} in ${scenarios.map((s) => `"${s}"`).join(', ')}`)
        .join('; ');
      return `| ${code(d.name)} | ${cell(code(d.type))} | ${cell(code(JSON.stringify(d.defaultValue)))} | ${cell(alternatives || 'none')} | ${cell(d.meaning)} |`;
    }),
  ];
}

/** The generated part of docs/client-protocol.md: from the schemas, the reference client's exchanges, its texts and assumptions. */
export function referenceMarkdown(exchanges: readonly RecordedExchange[], assumptions: readonly AssumptionDoc[]): string {
  const ordered = [...exchanges].sort((a, b) => a.uri.localeCompare(b.uri) || a.line - b.line);
  return [
    '## Reference (generated)',
    '',
    "Generated by `npm run protocol-reference` from the schemas (`src/protocol/`), the reference client's recorded",
    'exchanges (`exchanges/`, `npm run exchanges`), its texts (`src/simulator/client-messages.ts`) and its assumptions',
    '(`src/simulator/assumptions.ts`). Do not edit it by hand; a test fails when it is stale.',
    '',
    '### Methods, harness → client',
    '',
    ...methodTable(harnessMethods),
    '',
    '### Methods, client → harness',
    '',
    ...methodTable(platformMethods),
    '',
    '### Shapes',
    '',
    'A field marked `?` is optional; `secret` is a string that carries a password, certificate or token.',
    '',
    ...shapeBlock(),
    '',
    '### Windows and controls, as the reference client draws them',
    '',
    `Every window and screen the reference client rendered over the suite (${ordered.length} scenarios), its controls`,
    'in the order it draws them (a control "only in some states" sits where it appears when it does), and every text,',
    'value or state each showed.',
    ...windowsSection(ordered),
    '',
    '### Message texts',
    '',
    '| key | text |',
    '|---|---|',
    ...messageTexts().map(([key, text]) => `| ${code(key)} | ${cell(text)} |`),
    '',
    '### Assumptions (`SIGNIN_ASSUMPTIONS`)',
    '',
    ...assumptionsSection(assumptions, ordered),
  ].join('\n');
}
