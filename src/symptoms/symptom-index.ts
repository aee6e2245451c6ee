import { faultSwitches } from '../fakes/faults/fault-switches';
import type { ParsedStep } from '../harness/phrasebook';
import { phrasebook } from '../harness/the-phrasebook';
import { affectedByPlace } from './affected';
import { causes, fixedByOf, setUpOf, type CauseDefinition } from './causes';
import { featureScenarios, type FeatureScenario } from './feature-scenarios';
import { messageEntries, silentSymptoms } from './message-entries';
import { shownMessages, type ShownMessage } from './shown-messages';
import { reproduction } from './reproduction';
import { source } from './sources';
import { matches, type StepPattern } from './step-pattern';
import type { CauseLink, IndexedCause, IndexedMessage, Reproduction, ScenarioRef, SymptomIndexData } from './symptom-types';

const ref = (s: FeatureScenario): ScenarioRef => ({ uri: s.uri, line: s.line, name: s.name });

/** Reads step texts with the phrasebook, each text once; a text that is no phrase (an outline's `<slot>`) reads as null. */
function reader(): (text: string) => ParsedStep | null {
  const read = new Map<string, ParsedStep | null>();
  return (text) => {
    if (!read.has(text)) read.set(text, phrasebook().parse(text));
    return read.get(text) ?? null;
  };
}

type Read = ReturnType<typeof reader>;
const has = (patterns: readonly StepPattern[], read: Read) => (s: FeatureScenario) =>
  s.steps.some((t) => {
    const step = read(t);
    return step !== null && patterns.some((p) => matches(p, step));
  });
const setsUp = (c: CauseDefinition, read: Read) => has(setUpOf(c), read);

/** The first scenario that can be written as plain phrases, as Gherkin. */
function firstReproduction(candidates: readonly FeatureScenario[], read: Read): Reproduction | null {
  for (const s of candidates) {
    const gherkin = reproduction(s, read);
    if (gherkin) return { scenario: ref(s), gherkin };
  }
  return null;
}

function indexedCause(c: CauseDefinition, scenarios: readonly FeatureScenario[], read: Read): IndexedCause {
  const sw = c.fault === null ? null : faultSwitches.find((f) => f.id === c.fault);
  if (c.fault !== null && !sw) throw new Error(`cause "${c.id}" names fault switch "${c.fault}", which src/fakes/faults does not register`);
  const place = sw?.place ?? c.place;
  if (!place) throw new Error(`cause "${c.id}" has no fault switch, so it needs a place`);
  const reproduced = scenarios.filter(setsUp(c, read));
  const fixed = reproduced.filter(has(fixedByOf(c), read));
  return {
    id: c.id,
    title: c.title,
    fault: c.fault,
    place,
    affected: c.affected ?? affectedByPlace[place],
    confirm: c.confirm,
    fix: c.fix,
    catalog: [...new Set([...(sw?.catalog ?? []), ...(c.catalog ?? [])])],
    sources: c.sources.map(source),
    reproducedBy: reproduced.map(ref),
    fixedBy: fixed.map(ref),
    reproduction: firstReproduction([...fixed, ...reproduced], read),
    evidence: c.evidence === true,
  };
}

/** What a scenario must have to show the symptom: the message's text in a step, or one of the symptom's own steps. */
type Shows = { readonly message: ShownMessage } | { readonly steps: readonly StepPattern[] | undefined };

function link(id: string, scenarios: readonly FeatureScenario[], shows: Shows, read: Read): CauseLink {
  const c = causes.find((x) => x.id === id);
  if (!c) throw new Error(`the symptom index names cause "${id}", which src/symptoms/causes/ does not define`);
  const showsIt =
    'message' in shows
      ? (s: FeatureScenario) => s.steps.some((t) => shows.message.pattern.test(t))
      : shows.steps === undefined
        ? () => true
        : has(shows.steps, read);
  const shown = scenarios.filter(setsUp(c, read)).filter(showsIt);
  const fixed = shown.filter(has(fixedByOf(c), read));
  return { cause: id, scenarios: shown.map(ref), reproduction: firstReproduction([...fixed, ...shown], read) };
}

/** Messages with the same text (an assumption defaulting to a documented text) are one message with several keys. */
function byText(shown: readonly ShownMessage[]): ShownMessage[][] {
  const groups = new Map<string, ShownMessage[]>();
  for (const m of shown) groups.set(m.text, [...(groups.get(m.text) ?? []), m]);
  return [...groups.values()];
}

/**
 * The symptom index: every message the simulator can show (with its sources and other wordings), every symptom
 * without a message, and every cause with where it lives, who it affects, how to confirm and fix it, and the
 * scenarios that reproduce it. Throws when a message or a named cause has no entry, saying which.
 */
export function buildSymptomIndex(scenarios: readonly FeatureScenario[] = featureScenarios()): SymptomIndexData {
  const read = reader();
  for (const c of causes)
    for (const key of c.shows ?? [])
      if (!messageEntries[key]) throw new Error(`cause "${c.id}" shows ${key}, which has no entry in src/symptoms/message-entries.ts`);
  const messages: IndexedMessage[] = byText(shownMessages()).map((group) => {
    const entries = group.map((m) => {
      const entry = messageEntries[m.key];
      if (!entry) throw new Error(`message ${m.key} ("${m.text}") has no entry in src/symptoms/message-entries.ts`);
      return entry;
    });
    const first = group[0] as ShownMessage;
    const kind = entries.find((e) => e.kind === 'error')?.kind ?? entries[0]?.kind ?? 'error';
    const unique = <T>(xs: readonly T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()];
    return {
      keys: group.map((m) => m.key),
      text: first.text,
      kind,
      words: first.tokens,
      sources: unique(
        entries.flatMap((e) => e.sources),
        (s) => s,
      ).map(source),
      wordings: unique(
        entries.flatMap((e) => e.wordings ?? []),
        (w) => w.text,
      ).map((w) => ({ source: source(w.source).id, text: w.text, ...(w.note ? { note: w.note } : {}) })),
      causes: unique(
        [
          ...entries.flatMap((e) => e.causes),
          ...causes.filter((c) => c.shows?.some((k) => group.some((m) => m.key === k))).map((c) => c.id),
        ],
        (c) => c,
      ).map((id) => link(id, scenarios, { message: first }, read)),
    };
  });
  return {
    messages,
    silent: silentSymptoms.map((s) => ({
      id: s.id,
      text: s.text,
      ...(s.outcome ? { outcome: s.outcome } : {}),
      causes: s.causes.map((id) => link(id, scenarios, { steps: s.shownBy }, read)),
    })),
    causes: causes.map((c) => indexedCause(c, scenarios, read)),
  };
}
