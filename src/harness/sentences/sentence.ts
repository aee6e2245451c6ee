import type { WrittenArg } from '../phrasebook';
import { phrasebook } from '../the-phrasebook';

/** The sentence (without keyword) of the phrase `id` with these arguments, in its current wording. */
export const sentence = (id: string, ...args: readonly WrittenArg[]): string => phrasebook().write(id, args);
