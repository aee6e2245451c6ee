import { referenceParts } from '../src/runtime/reference-client';
import type { ClientState } from '../src/simulator';
import { rewriting } from './mutant';

/** Mutants of Delete my sign-in info and the credential cache (DC-). */
export const cacheMutants = [
  rewriting('delete-keeps-password', 'DC-03: Delete my sign-in info leaves the saved password in the cache', (before, _event, after) => ({
    state: after.state,
    effects: after.effects.flatMap((e) =>
      e.type === 'credentials.delete' && before.saved
        ? [{ type: 'credentials.write' as const, entry: { ...before.saved, certificate: null, endpoint: null } }]
        : [e],
    ),
  })),
  rewriting('delete-without-confirmation', 'DC-05: the link deletes at once, with no Yes/No question', (before, event, after) =>
    event.type === 'user.click' && event.control === 'Delete my sign-in info' && after.state.dialog?.kind === 'confirmDelete'
      ? rewritingYes(after.state)
      : after,
  ),
  rewriting('no-answer-deletes', 'DC-05: answering No deletes all the same', (before, event, after) =>
    event.type === 'user.click' && event.window === 'confirmDelete' && event.control === 'No' ? rewritingYes(before) : after,
  ),
];

const rewritingYes = (state: ClientState) =>
  referenceParts.transition(state, { type: 'user.click', window: 'confirmDelete', control: 'Yes' });
