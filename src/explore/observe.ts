import { controlValue } from '../harness/control-value';
import { requestWords } from '../harness/request-words';
import type { ObservedField } from '../harness/sentences';
import type { Cast } from './cast';
import type { Side } from './side';

/** What is observed about one thing in the world: which field (`f`) and of whom. Encoded as the key of a value. */
export type FieldKey = ObservedField;

/** The observable ground truth of one world: field key (JSON of a {@link FieldKey}) → value, in a fixed order. */
export type Observation = Map<string, string>;

/** Reads everything a Then step could ask of one world, for the cast's people and computers. */
export function observe(side: Side, cast: Cast): Observation {
  const out: Observation = new Map();
  const put = (k: FieldKey, v: string) => out.set(JSON.stringify(k), v);
  const f = side.fake;
  const nameOf = (address: string) => cast.people.find((p) => f.person(p).address === address.toLowerCase()) ?? address;
  for (const person of cast.people) {
    const address = f.person(person).address;
    put({ f: 'presence', person }, f.service.presenceOf(address));
    put({ f: 'undelivered', person }, String(f.service.undelivered.filter((m) => m.to === address).length));
  }
  for (const computer of cast.computers) {
    const pc = f.computer(computer);
    put({ f: 'version', computer }, pc.lyncProgram?.version ?? 'none');
    for (const person of cast.people) {
      const user = f.person(person).windowsUser;
      const address = f.person(person).address;
      put({ f: 'processes', person, computer }, String(pc.running(user).length));
      put({ f: 'sessions', person, computer }, String(f.service.sessionsOf(address).filter((s) => s.computer === computer).length));
      const profile = pc.profiles.get(user);
      // A profile nothing was ever put in is no different from none (a Windows user who never logged on).
      if (profile && (profile.lyncSettings || profile.runEntries.size || profile.cache.addresses().length)) {
        for (const a of profile.cache.addresses().sort()) {
          const e = profile.cache.peek(a);
          if (!e) continue;
          const whose = nameOf(a);
          const account = f.service.accounts.get(a.toLowerCase());
          put({ f: 'cache', person, computer, whose }, 'an entry');
          put(
            { f: 'cache.password', person, computer, whose },
            e.password === null ? 'none' : account && account.password.equals(e.password) ? 'the account password' : 'another password',
          );
          put({ f: 'cache.certificate', person, computer, whose }, e.certificate === null ? 'none' : 'a certificate');
          put({ f: 'cache.userName', person, computer, whose }, e.userName);
          put({ f: 'cache.endpoint', person, computer, whose }, e.endpoint ?? 'none');
        }
        if (profile.lyncSettings)
          for (const [k, v] of Object.entries(profile.lyncSettings)) put({ f: 'setting', person, computer, name: k }, JSON.stringify(v));
        put({ f: 'runEntry', person, computer }, profile.runEntries.has('Lync') ? 'yes' : 'no');
        put({ f: 'connection', person, computer }, JSON.stringify(profile.connection));
        put(
          { f: 'files', person, computer },
          JSON.stringify({ log: profile.files.tracing?.length ?? null, accounts: profile.files.accountProfiles }),
        );
      }
      const sent = f.network.sent.where((r) => r.computer === computer && r.windowsUser === user);
      if (sent.length) put({ f: 'requests', person, computer }, sent.map((r) => requestWords(r, f.timeline)).join('\n'));
      if (!pc.sessions.has(user)) continue;
      const snap = f.os.snapshot(pc, user);
      put({ f: 'taskbar', person, computer }, snap.taskbar.includes('Lync') ? 'yes' : 'no');
      const icon = snap.notificationArea.find((i) => i.name === 'Lync');
      put({ f: 'icon', person, computer }, icon ? `${icon.tooltip} | ${icon.menu.join(', ')}` : 'none');
      for (const w of snap.windows) {
        put({ f: 'window', person, computer, window: w.id }, w.screen);
        put({ f: 'foreground', person, computer, window: w.id }, w.foreground ? 'yes' : 'no');
        put({ f: 'title', person, computer, window: w.id }, w.title);
        put({ f: 'controls', person, computer, window: w.id }, w.controls.map((c) => c.name).join(', '));
        for (const c of w.controls) put({ f: 'control', person, computer, window: w.id, name: c.name }, controlValue(c));
      }
      put({ f: 'alerts', person, computer }, snap.toasts.map((t) => `${nameOf(t.title)}: ${t.text}`).join(' / '));
    }
  }
  return out;
}
