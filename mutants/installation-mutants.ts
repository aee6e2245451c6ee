import type { Mutant } from './mutant';
import { rewriting } from './mutant';
import { currentVersionOf } from './installation-version';

/** Mutants of installation and versions (TE-03, MU-08): the client misreports the program it is. */
export const installationMutants: readonly Mutant[] = [
  rewriting('reports-current-version', 'TE-03/MU-08: Lync reports the current version whatever is installed', (_before, _event, after) => ({
    state: after.state,
    effects: after.effects.map((e) =>
      e.type === 'net.request' && e.request.kind === 'register'
        ? { ...e, request: { ...e.request, clientVersion: currentVersionOf() } }
        : e,
    ),
  })),
];
