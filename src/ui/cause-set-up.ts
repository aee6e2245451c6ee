import { faultSwitch, type FakeWorld, type FaultArgs, type FaultSwitch } from '../fakes';
import type { ParsedStep, WrittenArg } from '../harness/phrasebook';
import { faultArgsFrom, turnsOn } from '../harness/phrases/fault-switches';
import { phrasebook } from '../harness/the-phrasebook';
import { matches, setUpOf, switchPhrases, type CauseDefinition } from '../symptoms/causes';

/** One step of a cause's reproduction, its people and computers moved onto this world's: its sentence and the phrase read from it. */
export interface PlannedStep {
  readonly text: string;
  readonly step: ParsedStep;
}

/**
 * How the playground puts one cause in the world: a fault switch with its arguments, the steps of the cause's
 * reproduction (what a person does), or, for a cause the index has no reproduction of, a computer taken offline or
 * signing in with a wrong password on her desktop.
 */
export type CauseSetUp =
  | { readonly kind: 'fault'; readonly switch: FaultSwitch; readonly on: boolean; readonly args: FaultArgs }
  | { readonly kind: 'offline'; readonly computer: string }
  | { readonly kind: 'wrongPassword'; readonly person: string; readonly computer: string }
  | { readonly kind: 'steps'; readonly steps: readonly PlannedStep[] };

/** A person logged on to a computer: the first computer's first person. */
function someoneLoggedOn(world: FakeWorld): { person: string; computer: string } | null {
  for (const name of [...world.computers.keys()].sort()) {
    const users = [...world.computer(name).sessions.keys()];
    const person = [...world.people.values()].find((p) => users.includes(p.windowsUser));
    if (person) return { person: person.name, computer: name };
  }
  return null;
}

/**
 * Who must be signed in to Lync first, for a switch that changes what a signed-in Lync leaves behind (a cached
 * certificate, a running process) and finds nothing of it yet; null when the switch applies as the world is.
 */
export function signInFirst(world: FakeWorld, setUp: CauseSetUp): { person: string; computer: string } | null {
  if (setUp.kind !== 'fault' || !setUp.on || !setUp.switch.applies || setUp.switch.applies(world, setUp.args)) return null;
  const someone = someoneLoggedOn(world);
  const person = typeof setUp.args.person === 'string' ? setUp.args.person : (someone?.person ?? '');
  const computer = typeof setUp.args.computer === 'string' ? setUp.args.computer : (someone?.computer ?? '');
  return { person, computer };
}

/** Why a cause cannot be set up from the side panel; the page shows it in its error panel. */
export class CauseSetUpError extends Error {}

const stepOf = (line: string): ParsedStep | null => {
  const text = /^\s*(?:Given|When|Then|And|But) (.*)$/.exec(line)?.[1];
  return text === undefined ? null : phrasebook().parse(text);
};

/** The switch and arguments of the first step of the reproduction that sets the cause up (a Group Policy with its name). */
function fromReproduction(patterns: ReturnType<typeof setUpOf>, gherkin: readonly string[]): CauseSetUp | null {
  for (const line of gherkin) {
    const step = stepOf(line);
    if (step === null) continue;
    for (const pattern of patterns) {
      if (!('fault' in pattern)) continue;
      const found = switchPhrases(pattern.fault, pattern.on).find((x) => x.id === step.phrase.id);
      if (!found) continue;
      const args = faultArgsFrom(found.owner, found.phrase, step.values);
      const on = turnsOn(found.phrase, args);
      if (pattern.on !== undefined && on !== pattern.on) continue;
      return { kind: 'fault', switch: found.owner, on, args };
    }
  }
  return null;
}

/** The arguments a switch gets when nobody chose them: the first person and computer, each parameter's example. */
export function exampleArgs(world: FakeWorld, s: FaultSwitch): FaultArgs {
  const firstPerson = [...world.people.values()][0]?.name ?? '';
  const firstComputer = [...world.computers.keys()].sort()[0] ?? '';
  return Object.fromEntries(
    s.params.map((p) => {
      if (p.kind === 'number') return [p.name, Math.min(p.max, Math.max(p.min, p.example ?? 1))];
      if (p.kind === 'text') return [p.name, p.example];
      return [p.name, p.kind === 'person' ? firstPerson : firstComputer];
    }),
  );
}

/** A reproduction's people and computers, moved onto this world's: a name it lacks becomes its first person or computer. */
function inWorld(world: FakeWorld, setUp: Extract<CauseSetUp, { kind: 'fault' }>): CauseSetUp {
  const fallback = exampleArgs(world, setUp.switch);
  const args = Object.fromEntries(
    setUp.switch.params.map((p): [string, string | number] => {
      const v = setUp.args[p.name] ?? fallback[p.name] ?? '';
      if (p.kind === 'person') return [p.name, world.people.has(String(v).toLowerCase()) ? v : (fallback[p.name] ?? '')];
      if (p.kind === 'computer') return [p.name, world.computers.has(String(v)) ? v : (fallback[p.name] ?? '')];
      return [p.name, v];
    }),
  );
  return { ...setUp, args };
}

/** Which of the world's people and computers a reproduction's names stand for: its own where the world has them, else unused ones. */
function nameMap(world: FakeWorld, steps: readonly ParsedStep[]): (type: string, name: string) => string {
  const people = [...world.people.values()].map((p) => p.name);
  const computers = [...world.computers.keys()].sort();
  const maps = { person: new Map<string, string>(), computer: new Map<string, string>() };
  const assign = (kind: 'person' | 'computer', name: string): void => {
    const map = maps[kind];
    const own = kind === 'person' ? people : computers;
    const used = new Set(map.values());
    if (!map.has(name)) map.set(name, own.includes(name) ? name : (own.find((x) => !used.has(x)) ?? name));
  };
  // The world's own names first, so that a stranger never takes the place of a name the scenario uses as it is.
  for (const pass of [true, false])
    for (const step of steps)
      phrasebook()
        .parameterTypesOf(step.phrase.id)
        .forEach((type, i) => {
          const name = String(step.args[i]);
          const own = type === 'person' ? people : computers;
          if ((type === 'person' || type === 'computer') && own.includes(name) === pass) assign(type, name);
        });
  return (type, name) => (type === 'person' || type === 'computer' ? (maps[type].get(name) ?? name) : name);
}

/** Set-up phrases the demo world holds to already when its Background says so: skipped, not run again. */
const castPhrases = new Set(['world.has-office-365-account', 'world.lync-was-installed-office-365-portal', 'world.logged']);

/**
 * The steps of a cause's reproduction up to the one that sets it up, its people and computers moved onto this world's:
 * the Background steps this world already satisfies are left out, Then steps (what the scenario checks) too. Null when no
 * step of the reproduction sets the cause up; a {@link CauseSetUpError} when a Background step is one this world's set-up
 * does not say, or says of a person no longer logged on there.
 */
export function reproductionSteps(
  world: FakeWorld,
  cause: CauseDefinition,
  gherkin: readonly string[],
  background: readonly string[],
): PlannedStep[] | null {
  const read = gherkin.map(stepOf).filter((s): s is ParsedStep => s !== null);
  const name = nameMap(world, read);
  const planned: PlannedStep[] = [];
  for (const step of read) {
    const types = phrasebook().parameterTypesOf(step.phrase.id);
    const args = step.args.map((a, i): WrittenArg => (typeof a === 'string' ? name(types[i] ?? '', a) : a));
    const text = phrasebook().write(step.phrase.id, args);
    const moved = phrasebook().parse(text);
    if (moved === null) throw new CauseSetUpError(`"${cause.title}": the step "${text}" is no phrase of the scenario language`);
    const sets = setUpOf(cause).some((p) => matches(p, moved));
    if (!sets && moved.phrase.keyword === 'Then') continue;
    if (castPhrases.has(moved.phrase.id)) {
      if (!background.includes(text))
        throw new CauseSetUpError(`"${cause.title}": its scenario needs "${text}", which this world's set-up does not say`);
      if (moved.phrase.id === 'world.logged') {
        const [person, computer] = moved.args.map(String);
        const user = world.person(person ?? '').windowsUser;
        const loggedOn = [...world.computers.values()].some((c) => c.sessions.size > 0);
        if (!world.computer(computer ?? '').sessions.has(user))
          throw new CauseSetUpError(
            `"${cause.title}": ${loggedOn ? `${person} is not logged on to Windows on ${computer}` : 'nobody is logged on to Windows'}, as its scenario needs ("${text}"): log ${person} on first`,
          );
      }
      continue;
    }
    planned.push({ text, step: moved });
    if (sets) return planned;
  }
  return null;
}

/**
 * How to put a cause of the symptom index in this world. The values come from the cause's reproduction (the scenario
 * the index shows for it), so a cause set up by a Group Policy gets that policy's name and state; a fault cause without
 * one gets its switch's examples. Any other cause is set up by its reproduction's own steps ({@link reproductionSteps}),
 * given the world's set-up as its Background says it. Throws a {@link CauseSetUpError} that says why when there is no way.
 */
export function causeSetUp(
  world: FakeWorld,
  cause: CauseDefinition,
  reproduction: readonly string[] | null,
  background: readonly string[] = [],
): CauseSetUp {
  const found = reproduction === null ? null : fromReproduction(setUpOf(cause), reproduction);
  if (found?.kind === 'fault') return inWorld(world, found);
  const steps = reproduction === null ? null : reproductionSteps(world, cause, reproduction, background);
  if (steps !== null) return { kind: 'steps', steps };
  if (cause.setUp !== undefined && cause.fault !== null)
    throw new CauseSetUpError(
      `"${cause.title}": its own set-up steps name values the switch's examples do not give, and no scenario of the symptom index sets it up to copy them from`,
    );
  if (cause.fault !== null) {
    const s = faultSwitch(cause.fault);
    return { kind: 'fault', switch: s, on: true, args: exampleArgs(world, s) };
  }
  if (cause.place === 'network') return { kind: 'offline', computer: [...world.computers.keys()].sort()[0] ?? 'PC1' };
  const someone = someoneLoggedOn(world);
  if (setUpOf(cause).some((p) => 'phrase' in p && p.phrase === 'lync.types-wrong-password')) {
    if (someone === null) throw new CauseSetUpError(`"${cause.title}": nobody is logged on to Windows to type a password`);
    return { kind: 'wrongPassword', ...someone };
  }
  throw new CauseSetUpError(
    `"${cause.title}" is something a person does that the playground cannot do for her: do it on the desktop, as the cause's scenarios in the symptom index show`,
  );
}
