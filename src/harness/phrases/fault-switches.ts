import { faultSwitches, setFault, type FaultArgs, type FaultPhrase, type FaultSwitch } from '../../fakes';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

/** The id of a switch's sentence: its position among the switch's phrases ("faults.clock-off.2"). */
export const faultPhraseId = (s: FaultSwitch, index: number): string => `faults.${s.id}.${index + 1}`;

export const isFaultPhrase = (p: FaultSwitch['phrases'][number]): p is FaultPhrase => 'expression' in p;

/** The switch's arguments from a step's values: the params the phrase names, in order, after what its words fix. */
export function faultArgsFrom(s: FaultSwitch, p: FaultPhrase, values: readonly unknown[]): FaultArgs {
  const names = p.args ?? s.params.map((x) => x.name);
  const args: Record<string, string | number> = { ...p.fixed };
  values.forEach((v, i) => {
    const name = names[i];
    if (name === undefined) throw new Error(`the phrase "${p.expression}" of fault switch "${s.id}" has more parameters than args`);
    if (name.startsWith('-')) args[name.slice(1)] = -Number(v);
    else args[name] = v as string | number;
  });
  return args;
}

export const turnsOn = (p: FaultPhrase, args: FaultArgs): boolean => (typeof p.on === 'boolean' ? p.on : p.on(args));

/** A phrase for every sentence of every fault switch: each turns its switch on or off with the step's arguments. */
export const faultSwitchPhrases: readonly Phrase[] = faultSwitches.flatMap((s) =>
  s.phrases.flatMap((p, i) =>
    isFaultPhrase(p)
      ? [
          phrase(faultPhraseId(s, i), p.keyword, p.expression, (stage: Stage, ...values: unknown[]) => {
            const args = faultArgsFrom(s, p, values);
            return setFault(stage.fake, s.id, turnsOn(p, args), args);
          }),
        ]
      : [],
  ),
);
