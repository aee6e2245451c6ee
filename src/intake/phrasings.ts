import { phrasings as collected } from './customer-phrasings.json';

/** A customer's words for a trouble, where they were said, and the cause the thread or article resolved it to. */
export interface Phrasing {
  readonly text: string;
  readonly source: string;
  readonly cause: string;
}

export const phrasings: readonly Phrasing[] = collected;

/** FNV-1a over the text: the same phrasing always lands in the same part, whatever is added around it. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** One phrasing in three is held apart: never indexed, only used to measure the ranking. */
export const isHeldApart = (p: Phrasing): boolean => hash(p.text) % 3 === 0;

export const tuningPhrasings: readonly Phrasing[] = phrasings.filter((p) => !isHeldApart(p));
export const heldApartPhrasings: readonly Phrasing[] = phrasings.filter(isHeldApart);
