import * as simulator from '../simulator';

/** One text Lync can show, found in the simulator's own code. */
export interface ShownMessage {
  /** `clientMessages.clockWrong`, `assumptions.networkDelayMessage`: where the text lives. */
  readonly key: string;
  /** With templates filled in from the features' example world (contoso.com, Alice). */
  readonly text: string;
  /** Matches the text with any value in a template's slot. */
  readonly pattern: RegExp;
  /** Tokens for matching fragments; a template's slot is the token `*`. */
  readonly tokens: readonly string[];
}

/** The values the features use, to fill a message's template. */
const examples: Readonly<Record<string, string>> = {
  domain: 'contoso.com',
  fqdn: 'lyncweb.contoso-hosting.net',
  address: 'alice@contoso.com',
};
const slot = 'SLOTSLOTSLOT';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower case, split on spaces, punctuation trimmed from each word's ends. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

/** The names of a template's parameters, from its source: `(domain: string) => ...` gives ['domain']. */
const parameterNames = (fn: (...a: string[]) => string): string[] => {
  const head = /^\(?([^)=]*)\)?\s*=>/.exec(fn.toString())?.[1] ?? '';
  return head
    .split(',')
    .map((p) => p.trim().split(/[\s:=]/)[0] ?? '')
    .filter((p) => p !== '');
};

function fromTemplate(key: string, fn: (...a: string[]) => string): ShownMessage {
  const names = parameterNames(fn);
  const count = Math.max(fn.length, names.length, 1);
  const withSlot = fn(...Array.from({ length: count }, () => slot));
  return {
    key,
    text: fn(...Array.from({ length: count }, (_, i) => examples[names[i] ?? ''] ?? 'contoso.com')),
    pattern: new RegExp(withSlot.split(slot).map(escape).join('[^\\s"]+')),
    tokens: tokenize(withSlot).map((t) => (t.includes(slot.toLowerCase()) ? '*' : t)),
  };
}

const fromText = (key: string, text: string): ShownMessage => ({ key, text, pattern: new RegExp(escape(text)), tokens: tokenize(text) });

/**
 * Every message the simulator can show: each exported `...Messages` object of src/simulator (texts and templates),
 * and each assumption whose name ends in `Message` (texts the catalog leaves open). A new message added there
 * appears here, and the index's tests ask for its entry.
 */
export function shownMessages(): ShownMessage[] {
  const found: ShownMessage[] = [];
  for (const [name, value] of Object.entries(simulator)) {
    if (!/Messages$/.test(name) || typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'string') found.push(fromText(`${name}.${k}`, v));
      else if (typeof v === 'function') found.push(fromTemplate(`${name}.${k}`, v as (...a: string[]) => string));
    }
  }
  for (const [k, v] of Object.entries(simulator.defaultAssumptions)) {
    if (/Message$/.test(k) && typeof v === 'string') found.push(fromText(`assumptions.${k}`, v));
  }
  return found;
}
