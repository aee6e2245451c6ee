import type { DesktopAction, FakeWorld } from '../../fakes';

/** What a person types, in a scenario's words: someone's sign-in address or password, a wrong password, or text. */
export type TypedText =
  | { readonly what: 'address'; readonly whose: string }
  | { readonly what: 'password'; readonly whose: string }
  | { readonly what: 'wrong password' }
  | { readonly what: 'text'; readonly text: string };

/** A desktop action as a scenario says it: what is typed is named, never a secret. */
export type SpokenAction =
  Exclude<DesktopAction, { kind: 'type' }> | (Omit<Extract<DesktopAction, { kind: 'type' }>, 'text'> & { readonly text: TypedText });

/** Names what a desktop action types: a person's password or sign-in address where one is typed, else the text itself. */
export function spokenAction(world: FakeWorld, action: DesktopAction): SpokenAction {
  if (action.kind !== 'type') return action;
  const people = [...world.people.values()];
  const text = action.text;
  if (typeof text !== 'string') {
    const whose = people.find((p) => world.service.accounts.get(p.address)?.password.equals(text));
    return { ...action, text: whose ? { what: 'password', whose: whose.name } : { what: 'wrong password' } };
  }
  const owner = people.find((p) => p.address === text);
  return { ...action, text: owner ? { what: 'address', whose: owner.name } : { what: 'text', text } };
}
