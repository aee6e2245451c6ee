import fc from 'fast-check';
import { faultSwitches, type FaultArgs, type FaultParam, type FaultSwitch } from '../fakes';
import type { Cast } from './cast';
import type { CommandSpec, Intent } from './command-spec';

/** A value for one parameter of a fault switch, from its kind, unit and limits. */
export function paramArbitrary(param: FaultParam, cast: Cast): fc.Arbitrary<string | number> {
  switch (param.kind) {
    case 'person':
      return fc.constantFrom(...cast.people);
    case 'computer':
      return fc.constantFrom(...cast.computers);
    case 'number':
      return fc.oneof(fc.constantFrom(param.min, param.max), fc.integer({ min: param.min, max: param.max }));
    case 'text':
      return fc.constant(param.example);
  }
}

/** Makes two switches of one kind distinct where a text names something (a new address per person). */
function fitText(args: Record<string, string | number>): FaultArgs {
  const out = { ...args };
  for (const [k, v] of Object.entries(out))
    if (typeof v === 'string' && v.includes('@') && typeof out.person === 'string')
      out[k] = `${out.person.toLowerCase()}.renamed@${v.split('@')[1]}`;
  return out;
}

function argsOf(s: FaultSwitch, intent: Intent): FaultArgs {
  const out: Record<string, string | number> = {};
  for (const p of s.params) {
    const v = intent.args[p.name];
    if (typeof v === 'string' || typeof v === 'number') out[p.name] = v;
  }
  return out;
}

/**
 * One command per fault switch of the registry in src/fakes/faults: turn it on (where `applies` allows) or off
 * (when it has a turnOff), with parameters drawn from their kinds and limits. A new switch plugs in with no code here.
 */
export function faultCommands(): CommandSpec[] {
  return faultSwitches.map((s) => ({
    name: `fault ${s.id}`,
    covers: [],
    weight: 1,
    intents: (cast: Cast) =>
      fc
        .record({
          on: s.turnOff ? fc.boolean() : fc.constant(true),
          params: fc.tuple(...s.params.map((p) => paramArbitrary(p, cast))),
        })
        .map(({ on, params }) => {
          const raw: Record<string, string | number> = {};
          s.params.forEach((p, i) => (raw[p.name] = params[i] as string | number));
          return { command: `fault ${s.id}`, args: { ...fitText(raw), on } };
        }),
    applies: (intent, ctx) => {
      const on = intent.args.on === true;
      if (!on) return s.turnOff !== undefined;
      return !s.applies || s.applies(ctx.reference.fake, argsOf(s, intent));
    },
    plan: (intent) => [() => ({ t: 'fault', id: s.id, on: intent.args.on === true, args: argsOf(s, intent) })],
  }));
}
