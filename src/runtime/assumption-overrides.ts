import { defaultAssumptions, type Assumptions } from '../simulator';

const kind = (v: unknown): string => (Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v);

/**
 * SIGNIN_ASSUMPTIONS (a JSON object of assumptions over the defaults), checked: every name is an assumption and every
 * value has the default's kind (true/false, a number, a text, a list). Throws one line for the first that is not.
 */
export function assumptionOverrides(text: string | undefined): Assumptions {
  if (text === undefined || text === '') return defaultAssumptions;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('SIGNIN_ASSUMPTIONS is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('SIGNIN_ASSUMPTIONS must be a JSON object');
  const defaults: Readonly<Record<string, unknown>> = { ...defaultAssumptions };
  for (const [name, value] of Object.entries(parsed)) {
    if (!Object.hasOwn(defaults, name))
      throw new Error(`SIGNIN_ASSUMPTIONS names no assumption ${JSON.stringify(name.slice(0, 60))} (see src/simulator/assumptions.ts)`);
    if (kind(value) !== kind(defaults[name]))
      throw new Error(`SIGNIN_ASSUMPTIONS: ${name} must be ${kind(defaults[name])}, not ${kind(value)}`);
  }
  return { ...defaultAssumptions, ...(parsed as Partial<Assumptions>) };
}
