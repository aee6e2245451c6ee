import type { FakeWorld } from '../../fakes';
import { controlValue } from '../control-value';
import { sentence } from './sentence';

/**
 * What each Lync desktop shows now that a support engineer checks first, as Then steps: every dialog open on it, and
 * every control greyed out (a policy decides it, AS-08), wherever a person of the world is logged on.
 */
export function screenStateSentences(world: FakeWorld): string[] {
  const people = [...world.people.values()];
  return [...world.computers.values()].flatMap((computer) =>
    [...computer.sessions.keys()].flatMap((user) => {
      const p = people.find((x) => x.windowsUser === user)?.name;
      if (p === undefined) return [];
      const c = computer.name;
      const snapshot = world.os.snapshot(computer, user);
      if (snapshot.locked) return [];
      return snapshot.windows.flatMap((w) => [
        ...(w.id === 'main' || !w.visible
          ? []
          : [
              w.id === 'credentials'
                ? sentence('screen.lync-shows-credential-dialog', c, p)
                : sentence('details.sees-window-lync-showing-screen', p, w.id, c, w.screen),
            ]),
        ...w.controls.flatMap((x) =>
          x.kind === 'checkbox' && x.disabled === true
            ? [sentence('details.window-lync-shows-as', w.id, p, c, x.name, controlValue(x))]
            : [],
        ),
      ]);
    }),
  );
}
