import { faultSwitch, type FaultArgs } from '../fakes';
import { faultPhraseId, isFaultPhrase, turnsOn } from './phrases/fault-switches';
import type { WrittenArg } from './phrasebook';
import { durationText } from './sentences/duration-text';
import { phrasebook } from './the-phrasebook';

/**
 * The sentence (without keyword) that turns a fault switch on or off with these arguments: the first of the switch's
 * phrases that can say it, written by the phrasebook. Null when the switch has no words for it (a one-shot change
 * has no "off").
 */
export function faultSentence(id: string, on: boolean, args: FaultArgs, depth = 0): string | null {
  const s = faultSwitch(id);
  for (const [i, p] of s.phrases.entries()) {
    if (!isFaultPhrase(p)) {
      if (p.on === on && depth < 3) return faultSentence(p.sameWordsAs, on, p.args ? p.args(args) : args, depth + 1);
      continue;
    }
    const said = on || typeof p.on === 'boolean' ? args : { ...args, ...p.offWith };
    if (turnsOn(p, said) !== on || (p.says && !p.says(said))) continue;
    const pid = faultPhraseId(s, i);
    const types = phrasebook().parameterTypesOf(pid);
    const names = p.args ?? s.params.map((x) => x.name);
    const written = types.map((type, k): WrittenArg => {
      const name = names[k] ?? '';
      const value = name.startsWith('-') ? -Number(said[name.slice(1)]) : said[name];
      if (value === undefined) throw new Error(`fault switch "${id}" needs ${name} to be written as "${p.expression}"`);
      return type === 'duration' && typeof value === 'number' ? durationText(value) : value;
    });
    return phrasebook().write(pid, written);
  }
  return null;
}
