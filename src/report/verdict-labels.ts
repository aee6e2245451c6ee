import type { ScenarioStatus, Verdict } from './summary';

/** The words a support engineer reads for each verdict, worst first. */
export const verdictLabels: Readonly<Record<Verdict, string>> = {
  deviates: 'Deviates',
  'known-deviation': 'Known deviation',
  'relies-on-assumption': 'Relies on an assumption',
  conforms: 'Conforms',
  'not-applicable': 'Not applicable',
  'not-covered': 'Not covered',
};

export const verdictOrder = Object.keys(verdictLabels) as Verdict[];

export const statusLabels: Readonly<Record<ScenarioStatus, string>> = {
  passed: 'passed',
  failed: 'failed',
  undefined: 'undefined',
  pending: 'pending',
  ambiguous: 'ambiguous',
  skipped: 'skipped, no reason',
  'not-applicable': 'not applicable',
};
