import type { FakeWorld } from '../../fakes';
import { sentence } from './sentence';

/**
 * What the fake world holds now, as Then steps: each person's sessions on the service, each desktop's Lync process,
 * and what each Lync SDK application sees of its client (SO-12).
 */
export function groundTruthSentences(world: FakeWorld): string[] {
  const people = [...world.people.values()];
  const sessions = people.flatMap((p) => {
    const from = [...new Set(world.service.sessionsOf(p.address).map((s) => s.computer))].sort();
    return from.length === 0
      ? [sentence('ground-truth.service-holds-no-session', p.name)]
      : from.map((c) => sentence('ground-truth.signed-lync-online', p.name, c));
  });
  const processes = [...world.computers.values()].flatMap((c) =>
    [...c.sessions.keys()].flatMap((user) => {
      const p = people.find((x) => x.windowsUser === user);
      if (!p) return [];
      const running = c.running(user).length > 0;
      return [sentence(running ? 'ground-truth.lync-process-running' : 'ground-truth.no-lync-process-runs', p.name, c.name)];
    }),
  );
  const sdk = world.sdk.all().flatMap((app) => {
    const p = people.find((x) => x.windowsUser === app.windowsUser);
    return p && app.state ? [sentence('sdk.lync-sdk-application-sees-client', p.name, app.computer, app.state)] : [];
  });
  return [...sessions, ...processes, ...sdk];
}
