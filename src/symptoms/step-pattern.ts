import { faultSwitch, faultSwitches, type FaultArgs, type FaultPhrase, type FaultSwitch } from '../fakes';
import type { ParsedStep, WrittenArg } from '../harness/phrasebook';
import { faultArgsFrom, faultPhraseId, isFaultPhrase, turnsOn } from '../harness/phrases/fault-switches';

/** What an argument must be: this value, or a value the test accepts. */
export type ArgTest = WrittenArg | ((value: WrittenArg) => boolean);

/**
 * A step the symptom index looks for in a scenario, read by the phrasebook:
 * - `phrase`: one phrase by its id, with tests on its arguments as written, by position (null: any);
 * - `fault`: every phrase of a fault switch (and the phrases it shares with another switch) that turns it on or off
 *   (`on` left out: either), with tests on the switch's arguments by name.
 */
export type StepPattern =
  | { readonly phrase: string; readonly args?: readonly (ArgTest | null)[] }
  | { readonly fault: string; readonly on?: boolean; readonly args?: Readonly<Record<string, ArgTest>> };

export const said = (phrase: string, ...args: (ArgTest | null)[]): StepPattern => (args.length ? { phrase, args } : { phrase });
export const turnedOn = (fault: string, args?: Readonly<Record<string, ArgTest>>): StepPattern => ({
  fault,
  on: true,
  ...(args ? { args } : {}),
});
export const turnedOff = (fault: string, args?: Readonly<Record<string, ArgTest>>): StepPattern => ({
  fault,
  on: false,
  ...(args ? { args } : {}),
});
export const setTo = (fault: string, args: Readonly<Record<string, ArgTest>>): StepPattern => ({ fault, args });

const passes = (test: ArgTest, value: WrittenArg | undefined): boolean =>
  value !== undefined && (typeof test === 'function' ? test(value) : test === value);

interface SwitchPhrase {
  readonly id: string;
  readonly owner: FaultSwitch;
  readonly phrase: FaultPhrase;
}

/** The phrases that can turn a switch on or off: its own, and those of the switch whose words it shares. */
export function switchPhrases(id: string, on: boolean | undefined): SwitchPhrase[] {
  const s = faultSwitch(id);
  return s.phrases.flatMap((p, i): SwitchPhrase[] => {
    if (isFaultPhrase(p))
      return on !== undefined && typeof p.on === 'boolean' && p.on !== on ? [] : [{ id: faultPhraseId(s, i), owner: s, phrase: p }];
    if (on !== undefined && p.on !== on) return [];
    const other = faultSwitches.find((x) => x.id === p.sameWordsAs);
    return other && other.id !== id ? switchPhrases(other.id, p.on) : [];
  });
}

/** The phrase ids a pattern can match: for the test that every id a cause names exists. */
export const phraseIdsOf = (p: StepPattern): string[] => ('phrase' in p ? [p.phrase] : switchPhrases(p.fault, p.on).map((x) => x.id));

/** Whether a step, read by the phrasebook, is one the pattern looks for. */
export function matches(pattern: StepPattern, step: ParsedStep): boolean {
  if ('phrase' in pattern)
    return step.phrase.id === pattern.phrase && (pattern.args ?? []).every((t, i) => t === null || passes(t, step.args[i]));
  return switchPhrases(pattern.fault, pattern.on).some((x) => {
    if (x.id !== step.phrase.id) return false;
    const args: FaultArgs = faultArgsFrom(x.owner, x.phrase, step.values);
    if (pattern.on !== undefined && turnsOn(x.phrase, args) !== pattern.on) return false;
    return Object.entries(pattern.args ?? {}).every(([name, t]) => passes(t, args[name]));
  });
}
