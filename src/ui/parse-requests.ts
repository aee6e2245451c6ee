import { windowIds, type IconPlace, type WindowId } from '../simulator';
import type { ActRequest, DesktopRef, PageAction, PanelAction, PanelRequest } from './desktop-api';

/** Checks what the page sent before the world sees it. Errors name the field, never echo a value (it may be a password). */

type Json = Readonly<Record<string, unknown>>;

const windows: readonly WindowId[] = windowIds;
const places: readonly IconPlace[] = ['taskbar', 'notification area'];
const networks = ['organization', 'internet', 'offline'] as const;

function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} must be an object`);
  return value as Json;
}

function text(o: Json, key: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v.length > 500) throw new Error(`"${key}" must be a string of at most 500 characters`);
  return v;
}

function number(o: Json, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`"${key}" must be a number`);
  return v;
}

function oneOf<T extends string>(o: Json, key: string, allowed: readonly T[]): T {
  const v = text(o, key);
  const found = allowed.find((a) => a === v);
  if (found === undefined) throw new Error(`"${key}" must be one of ${allowed.join(', ')}`);
  return found;
}

function ref(o: Json): DesktopRef {
  return { computer: text(o, 'computer'), windowsUser: text(o, 'windowsUser') };
}

export function parseAction(value: unknown): PageAction {
  const a = object(value, 'action');
  switch (a.kind) {
    case 'startMenu':
      return { kind: 'startMenu', path: text(a, 'path') };
    case 'click':
      return { kind: 'click', window: oneOf(a, 'window', windows), control: text(a, 'control') };
    case 'type':
      return { kind: 'type', window: oneOf(a, 'window', windows), field: text(a, 'field'), text: text(a, 'text') };
    case 'toggle': {
      if (typeof a.on !== 'boolean') throw new Error('"on" must be true or false');
      return { kind: 'toggle', window: oneOf(a, 'window', windows), control: text(a, 'control'), on: a.on };
    }
    case 'menu': {
      const path = a.path;
      if (!Array.isArray(path) || path.length === 0 || path.length > 5 || !path.every((p): p is string => typeof p === 'string'))
        throw new Error('"path" must be a list of menu item names');
      if (a.menu === undefined || a.menu === 'Options') return { kind: 'menu', window: oneOf(a, 'window', windows), path };
      return { kind: 'menu', window: oneOf(a, 'window', windows), path, menu: text(a, 'menu') };
    }
    case 'closeWindow':
      return { kind: 'closeWindow', window: oneOf(a, 'window', windows) };
    case 'icon':
      return { kind: 'icon', place: oneOf(a, 'place', places) };
    case 'iconMenu':
      return a['ctrl'] === true
        ? { kind: 'iconMenu', place: oneOf(a, 'place', places), item: text(a, 'item'), ctrl: true }
        : { kind: 'iconMenu', place: oneOf(a, 'place', places), item: text(a, 'item') };
    default:
      throw new Error('"kind" is not a desktop action');
  }
}

export function parseActRequest(value: unknown): ActRequest {
  const o = object(value, 'request');
  return { ...ref(o), action: parseAction(o.action) };
}

export function parsePanelAction(value: unknown): PanelAction {
  const a = object(value, 'action');
  switch (a.kind) {
    case 'logOn':
    case 'logOff':
    case 'lock':
    case 'unlock':
    case 'moveMouse':
    case 'switchUser':
      return { kind: a.kind, person: text(a, 'person'), computer: text(a, 'computer') };
    case 'sleep':
    case 'wake':
    case 'shutDown':
    case 'startUp':
      return { kind: a.kind, computer: text(a, 'computer') };
    case 'network':
      return { kind: 'network', computer: text(a, 'computer'), network: oneOf(a, 'network', networks) };
    case 'fault': {
      if (typeof a.on !== 'boolean') throw new Error('"on" must be true or false');
      const args = object(a.args, 'args');
      const entries = Object.entries(args);
      if (entries.length > 10) throw new Error('"args" has too many entries');
      for (const [k, v] of entries)
        if (!(typeof v === 'string' && v.length <= 200) && !(typeof v === 'number' && Number.isFinite(v)))
          throw new Error(`"args.${k.slice(0, 40)}" must be a short string or a number`);
      return { kind: 'fault', id: text(a, 'id'), on: a.on, args: args as Readonly<Record<string, string | number>> };
    }
    case 'symptom':
      return { kind: 'symptom', cause: text(a, 'cause') };
    case 'startOver':
      return { kind: 'startOver' };
    case 'addContact':
      return { kind: 'addContact', owner: text(a, 'owner'), contact: text(a, 'contact') };
    case 'sendMessage':
      return { kind: 'sendMessage', from: text(a, 'from'), to: text(a, 'to') };
    case 'typePassword':
      return { kind: 'typePassword', person: text(a, 'person') };
    case 'groupPolicy':
      return {
        kind: 'groupPolicy',
        scope: oneOf(a, 'scope', ['computer', 'user'] as const),
        target: text(a, 'target'),
        policy: text(a, 'policy'),
        state: oneOf(a, 'state', ['Enabled', 'Disabled', 'Not configured'] as const),
      };
    case 'advance': {
      const minutes = number(a, 'minutes');
      if (minutes < 0 || minutes > 7 * 24 * 60) throw new Error('"minutes" must be between 0 and a week');
      return { kind: 'advance', minutes };
    }
    default:
      throw new Error('"kind" is not a panel action');
  }
}

export function parsePanelRequest(value: unknown): PanelRequest {
  const o = object(value, 'request');
  return {
    action: parsePanelAction(o.action),
    selected: o.selected === null || o.selected === undefined ? null : ref(object(o.selected, 'selected')),
  };
}
