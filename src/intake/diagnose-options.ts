import type { Scope } from '../symptoms/symptom-types';
import { factsOf } from './intake';
import { changes, networks, type Change, type NetworkPlace, type Ticket } from './ticket';

export const diagnoseUsage =
  'npm run diagnose -- "<the ticket, in the customer\'s words>" [--changed password|dns|new-computer|sleep|network|update|policy|account|nothing] [--when <text>] [--users one|several] [--computers one|several] [--network office|home|vpn|public] [--answer key=value ...] [--reproduce] [--json]';

/** The options of `npm run diagnose`, for scripts/command-line.js (util.parseArgs, strict). */
export const diagnoseOptionsConfig = {
  positionals: [1, 50] as [number, number],
  options: {
    changed: { type: 'string' },
    when: { type: 'string' },
    users: { type: 'string' },
    computers: { type: 'string' },
    network: { type: 'string' },
    answer: { type: 'string', multiple: true },
    reproduce: { type: 'boolean' },
    json: { type: 'boolean' },
  },
} as const;

export interface DiagnoseOptions {
  readonly ticket: Ticket;
  readonly reproduce: boolean;
  readonly json: boolean;
}

function oneOf<T extends string>(name: string, list: readonly T[], value: unknown): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !list.includes(value as T)) throw new Error(`--${name} takes ${list.join('|')}, not "${String(value)}"`);
  return value as T;
}

/** The ticket and switches from parsed options; a wrong value throws an error that names the option and its values. */
export function readDiagnoseOptions(values: Readonly<Record<string, unknown>>, positionals: readonly string[]): DiagnoseOptions {
  const scopes: readonly Scope[] = ['one', 'several'];
  const answers: Record<string, string> = {};
  for (const a of (values.answer as string[] | undefined) ?? []) {
    const m = /^([a-z]+)=([a-z-]+)$/.exec(a);
    if (!m) throw new Error(`--answer takes key=value (seen=spinning, users=one), not "${a}"`);
    answers[m[1] as string] = m[2] as string;
  }
  const context = {
    changed: oneOf<Change>('changed', changes, values.changed),
    users: oneOf<Scope>('users', scopes, values.users),
    computers: oneOf<Scope>('computers', scopes, values.computers),
    network: oneOf<NetworkPlace>('network', networks, values.network),
    when: typeof values.when === 'string' ? values.when : undefined,
  };
  const text = positionals.join(' ').trim();
  if (text === '') throw new Error("the ticket is empty: give the customer's words");
  const ticket: Ticket = {
    text,
    context: Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined)),
    answers,
  };
  factsOf(ticket);
  return { ticket, reproduce: values.reproduce === true, json: values.json === true };
}
