import type { Facts } from './search-causes';

/** A phrase that gives context in passing ("after IT changed my password", "on the hotel wifi"): data. */
export interface ContextCue {
  /** The question it answers (questions.ts). */
  readonly key: 'changed' | 'network' | 'users' | 'computers';
  readonly value: string;
  readonly cue: RegExp;
}

/**
 * Customers give context inside their sentence more often than a support desk asks for it. A cue answers a question
 * only when no other cue gives the same question another answer: "after the update I changed my password" answers
 * nothing, nor does "it works at home but not from the office". Context given on its own (`--changed`) and answers always win over what the words say.
 */
export const contextCues: readonly ContextCue[] = [
  {
    key: 'changed',
    value: 'password',
    cue: /\b(chang\w*|reset\w*|new|updat\w*|expir\w*)\b[^.;]{0,25}\bpass ?words?\b|\bpass ?words?\b[^.;]{0,25}\b(chang\w*|reset\w*|expir\w*)/i,
  },
  {
    key: 'changed',
    value: 'dns',
    cue: /\b(dns|domain|registrar)\b[^.;]{0,40}\b(mov\w*|transfer\w*|migrat\w*)\b|\b(mov\w*|transfer\w*|migrat\w*)\b[^.;]{0,30}\b(dns|domain)\b/i,
  },
  { key: 'changed', value: 'new-computer', cue: /\bnew (laptop|computer|pc|machine|desktop)\b|\bre-?imag\w*\b|\breinstall\w* windows\b/i },
  {
    key: 'changed',
    value: 'sleep',
    cue: /\b(sleep\w*|hibernat\w*|stand-?by)\b|\bwak(e|es|ing) (it )?up\b|\bwoke\b|\b(open|clos)\w* the lid\b/i,
  },
  {
    key: 'changed',
    value: 'update',
    cue: /\b(after|since) (an? |the |last night's |the latest )?(windows |office |lync )?updates?\b|\bupdat\w* (lync|office|windows)\b/i,
  },
  { key: 'network', value: 'home', cue: /\b(at|from) home\b|\bhome (network|wi-?fi|internet)\b/i },
  { key: 'network', value: 'vpn', cue: /\bvpn\b/i },
  {
    key: 'network',
    value: 'public',
    cue: /\b(hotel|airport|caf[eé]|coffee shop|train)\b|\b(guest|public) (wi-?fi|network)\b/i,
  },
  { key: 'network', value: 'office', cue: /\b(in|at|from) the office\b|\bon (the )?(corporate|company|office) network\b/i },
  {
    key: 'users',
    value: 'several',
    cue: /\b(everyone|everybody)\b|\b(nobody|no one) (here |else )?(can|could|is able)\b|\ball (of )?(our|the|my) (users|staff|colleagues|team)\b|\b(several|many|multiple|other) (users|people|colleagues)\b/i,
  },
  { key: 'users', value: 'one', cue: /\bonly (me|i|my account|for me)\b|\bjust (me|my account)\b|\bcolleagues (are|can sign in) fine\b/i },
  {
    key: 'computers',
    value: 'several',
    cue: /\b(every|each|all (of )?my|any) (computers?|pcs?|machines?|laptops?|devices?)\b|\bon (both|two) (computers|pcs|laptops|machines)\b/i,
  },
  {
    key: 'computers',
    value: 'one',
    cue: /\bonly on (this|my|one) (computer|pc|laptop|machine)\b|\bworks (fine )?on my (other|second) (computer|pc|laptop|machine)\b/i,
  },
];

/** What the words say besides the symptom: each question a cue answers, unless cues disagree about it. */
export function contextFromWords(text: string): Facts {
  const found = new Map<string, Set<string>>();
  for (const c of contextCues) if (c.cue.test(text)) found.set(c.key, (found.get(c.key) ?? new Set()).add(c.value));
  const facts: Record<string, string> = {};
  for (const [key, values] of found) if (values.size === 1) facts[key] = [...values][0] ?? '';
  return facts;
}
