import { allPhrases } from './phrases';
import { Phrasebook } from './phrasebook';

let book: Phrasebook | null = null;

/** The phrasebook of every phrase under src/harness/phrases/, built once on first use. */
export function phrasebook(): Phrasebook {
  book ??= new Phrasebook(allPhrases);
  return book;
}
