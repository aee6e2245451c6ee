import { ReferenceClient } from '../runtime/reference-client';
import { clientMessages, defaultAssumptions, defaultTrustedDomains } from '../simulator';
import type { Cast } from './cast';
import type { Primitive } from './primitive';
import type { Side } from './side';

/**
 * What must hold for any client after every action, whatever the reference does. Each is named (the name keys it in
 * reports and expectations files) and rests on the catalog IDs it lists.
 */
export interface Invariant {
  readonly name: string;
  readonly catalog: readonly string[];
  readonly doc: string;
  /** Null when it holds; else what broke, in plain words. */
  check(ctx: InvariantContext): string | null;
}

/** What one world remembers between actions, so that an invariant can tell what the user allowed. */
export class InvariantMemory {
  /** profile key + address → the user ticked "Save my password" the last time they typed a password and signed in. */
  readonly saveAllowed = new Map<string, boolean>();
  /** computer/user whose last discovery named web services the rules do not trust, the user not having said Connect. */
  readonly untrusted = new Set<string>();
  requestsSeen = 0;
  cacheWritesSeen = new Map<string, number>();
  messagesSeen = new Map<string, number>();
  /** Before the action: Run entry and foreground option per profile, and the address a confirmed Delete is for. */
  before = new Map<string, string>();
  deleting: { computer: string; user: string; address: string } | null = null;
}

export interface InvariantContext {
  readonly side: Side;
  readonly cast: Cast;
  readonly primitive: Primitive;
  readonly memory: InvariantMemory;
}

const passwordHosts = ['login.microsoftonline.com', 'outlook.office365.com'];
const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

const profiles = (side: Side) =>
  [...side.fake.computers.values()].flatMap((c) =>
    [...c.profiles.values()].map((p) => ({ computer: c, profile: p, key: `${c.name}/${p.windowsUser}` })),
  );

/** Call before the action: notes what the user allowed and what the action is about. */
export function beforeAction(side: Side, p: Primitive, memory: InvariantMemory): void {
  memory.before.clear();
  for (const { profile, key } of profiles(side))
    memory.before.set(key, `${profile.runEntries.has('Lync')}|${profile.lyncSettings?.showInForeground}`);
  memory.deleting = null;
  if (p.t !== 'desktop') return;
  const pc = side.fake.computer(p.computer);
  const user = side.fake.person(p.person).windowsUser;
  if (!pc.sessions.has(user)) return;
  const snap = side.fake.os.snapshot(pc, user);
  const main = snap.windows.find((w) => w.id === 'main');
  const address = main?.controls.find((c) => c.name === 'Sign-in address');
  const typedAddress = address?.kind === 'textbox' ? address.value.toLowerCase() : '';
  const a = p.action;
  if (a.kind === 'click' && ((a.window === 'main' && a.control === 'Sign In') || (a.window === 'credentials' && a.control === 'OK'))) {
    const box = main?.controls.find((c) => c.name === 'Save my password');
    const password = main?.controls.find((c) => c.name === 'Password');
    if (a.window === 'credentials' || (password?.kind === 'textbox' && password.value !== ''))
      memory.saveAllowed.set(
        `${p.computer}/${user}/${typedAddress}`,
        box?.kind === 'checkbox' ? box.checked : (memory.saveAllowed.get(`${p.computer}/${user}/${typedAddress}`) ?? false),
      );
  }
  if (a.kind === 'click' && a.window === 'trustServer' && a.control === 'Connect') memory.untrusted.delete(`${p.computer}/${user}`);
  if (a.kind === 'click' && a.window === 'confirmDelete' && a.control === 'Yes' && typedAddress)
    memory.deleting = { computer: p.computer, user, address: typedAddress };
}

const isSignOut = (p: Primitive) =>
  p.t === 'desktop' &&
  ((p.action.kind === 'menu' && p.action.path.join(' > ') === 'File > Sign Out') ||
    (p.action.kind === 'iconMenu' && p.action.item === 'Sign Out'));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const documented: RegExp[] = [
  ...Object.values(clientMessages).map((m) =>
    typeof m === 'string'
      ? new RegExp(`^${escape(m)}$`)
      : new RegExp(`^${escape((m as (x: string) => string)('\u0000')).replace('\u0000', '.+')}$`),
  ),
  ...Object.values(defaultAssumptions)
    .filter((v): v is string => typeof v === 'string' && v.length > 30)
    .map((m) => new RegExp(`^${escape(m)}$`)),
];

export const invariants: readonly Invariant[] = [
  {
    name: 'secret-only-to-the-service',
    catalog: ['FS-07', 'MU-02', 'TE-10'],
    doc: 'A password leaves the computer only in a sign-in to the identity provider or the calendar connection, and a client certificate only in a registration with Lync Online.',
    check: ({ side, memory }) => {
      for (const r of side.requests.slice(memory.requestsSeen)) {
        const q = r.request;
        if ((q.kind === 'authenticate' || (q.kind === 'exchange' && q.password)) && !passwordHosts.includes(q.host))
          return `Lync for ${r.windowsUser} on ${r.computer} sent a password to ${q.host}`;
        if (q.kind === 'register' && q.certificate && !under(q.host, 'lync.com'))
          return `Lync for ${r.windowsUser} on ${r.computer} sent a certificate to ${q.host}`;
      }
      return null;
    },
  },
  {
    name: 'credentials-only-to-trusted-servers',
    catalog: ['FS-08', 'TE-10'],
    doc: 'After Autodiscover names web services outside the sign-in domain, the default trusted domains and the servers the user chose to always trust, Lync sends no credentials until the user clicks Connect.',
    check: ({ side, memory }) => {
      for (const r of side.requests.slice(memory.requestsSeen)) {
        const proc = `${r.computer}/${r.windowsUser}`;
        const q = r.request;
        if ((q.kind === 'authenticate' || q.kind === 'register') && memory.untrusted.has(proc))
          return `Lync for ${r.windowsUser} on ${r.computer} sent credentials (${q.kind}) before the user trusted the web services server`;
        if (q.kind === 'discover' && r.response?.ok && r.response.kind === 'discovered') {
          const host = r.response.webServices.toLowerCase();
          const profile = side.fake.computer(r.computer).profiles.get(r.windowsUser);
          const domain = (profile?.lyncSettings?.signInAddress ?? '').split('@')[1] ?? '';
          const addressDomain = q.host.replace(/^(lyncdiscover(internal)?|_sip\._tls|sip)\./, '');
          const trusted =
            under(host, addressDomain) ||
            (domain !== '' && under(host, domain)) ||
            defaultTrustedDomains.some((d) => under(host, d)) ||
            (profile?.lyncSettings?.trustedServers ?? []).includes(host);
          if (trusted) memory.untrusted.delete(proc);
          else memory.untrusted.add(proc);
        }
      }
      return null;
    },
  },
  {
    name: 'nothing-written-unasked',
    catalog: ['FS-07', 'AS-02', 'AS-03'],
    doc: 'The credential cache gets a password only when the user signed in with "Save my password" ticked; the Run entry and the foreground option change only when the user clicks OK in the Options dialog.',
    check: ({ side, memory, primitive }) => {
      for (const { computer, profile, key } of profiles(side)) {
        const writes = profile.cache.operations.calls.filter((o) => o.op === 'write');
        const seen = memory.cacheWritesSeen.get(key) ?? 0;
        for (const w of writes.slice(seen)) {
          const entry = profile.cache.peek(w.address);
          if (entry?.password && memory.saveAllowed.get(`${key}/${w.address.toLowerCase()}`) !== true)
            return `Lync saved the password of ${w.address} for ${profile.windowsUser} on ${computer.name} although "Save my password" was cleared`;
        }
        const before = memory.before.get(key);
        const now = `${profile.runEntries.has('Lync')}|${profile.lyncSettings?.showInForeground}`;
        const viaOk =
          primitive.t === 'reinstall' ||
          (primitive.t === 'desktop' &&
            primitive.action.kind === 'click' &&
            primitive.action.window === 'options' &&
            primitive.action.control === 'OK');
        // MU-03: a user's first run of Lync creates their settings and Run entry; that is no change the user must allow.
        const firstRun = before?.endsWith('|undefined') === true;
        if (before !== undefined && before !== now && !viaOk && !firstRun)
          return `the Run entry or the foreground option of ${profile.windowsUser} on ${computer.name} changed (${before} → ${now}) without OK in the Options dialog`;
      }
      return null;
    },
  },
  {
    name: 'no-password-in-memory-after-sign-out',
    catalog: ['SO-04', 'FS-07'],
    doc: 'For a client running in this process: after Sign Out its state holds no password and no certificate of the session, unless the user let Lync save the password.',
    check: ({ side, primitive, memory }) => {
      if (!isSignOut(primitive) || primitive.t !== 'desktop') return null;
      const user = side.fake.person(primitive.person).windowsUser;
      for (const p of side.fake.computer(primitive.computer).running(user)) {
        if (!(p.client instanceof ReferenceClient)) continue;
        const s = p.client.state;
        if (s.password !== null && memory.saveAllowed.get(`${primitive.computer}/${user}/${s.address.toLowerCase()}`) !== true)
          return `after Sign Out, Lync of ${user} on ${primitive.computer} still holds a typed password in memory`;
        if (s.certificate !== null)
          return `after Sign Out, Lync of ${user} on ${primitive.computer} still holds the session's certificate in memory`;
      }
      return null;
    },
  },
  {
    name: 'delete-leaves-nothing',
    catalog: ['DC-02', 'DC-03', 'TE-05'],
    doc: 'After Delete my sign-in info and Yes, the credential cache of that Windows user on that computer holds nothing for the address (no password, certificate or endpoint), and an in-process client keeps none of it.',
    check: ({ side, memory }) => {
      const d = memory.deleting;
      if (!d) return null;
      const profile = side.fake.computer(d.computer).profiles.get(d.user);
      if (profile?.cache.peek(d.address))
        return `after Delete my sign-in info, the credential cache of ${d.user} on ${d.computer} still holds an entry for ${d.address}`;
      for (const p of side.fake.computer(d.computer).running(d.user))
        if (p.client instanceof ReferenceClient && (p.client.state.saved !== null || p.client.state.certificate !== null))
          return `after Delete my sign-in info, Lync of ${d.user} on ${d.computer} still holds the deleted sign-in info in memory`;
      return null;
    },
  },
  {
    name: 'one-lync-per-windows-session',
    catalog: ['MU-11', 'SO-07'],
    doc: 'At most one Lync process runs in each Windows session.',
    check: ({ side }) => {
      for (const c of side.fake.computers.values())
        for (const user of c.sessions.keys())
          if (c.running(user).length > 1) return `${c.running(user).length} Lync processes run for ${user} on ${c.name}`;
      return null;
    },
  },
  {
    name: 'retries-follow-the-schedule',
    catalog: ['NR-01', 'NR-04', 'TE-23'],
    doc: 'While time passes and nothing else happens, one Lync starts a sign-in attempt no more often than every signInRetrySeconds.',
    check: ({ side, primitive, memory }) => {
      if (primitive.t !== 'time') return null;
      const gap = side.fake.assumptions.signInRetrySeconds * 1000;
      const last = new Map<string, number>();
      const fellThrough = new Set<string>();
      for (const r of side.requests.slice(memory.requestsSeen)) {
        if (r.request.kind !== 'discover') continue;
        const proc = `${r.computer}/${r.windowsUser}`;
        // FS-09: after a name with no DNS record the next name is looked up at once, in the same attempt.
        const sameAttempt = fellThrough.has(proc) && !r.request.host.startsWith('lyncdiscoverinternal.');
        if (r.response && !r.response.ok && r.response.failure === 'no such record') fellThrough.add(proc);
        else fellThrough.delete(proc);
        if (sameAttempt) continue;
        const prev = last.get(proc);
        if (prev !== undefined && r.at - prev < gap)
          return `Lync for ${r.windowsUser} on ${r.computer} tried to sign in again after ${r.at - prev} ms (the schedule says ${gap} ms)`;
        last.set(proc, r.at);
      }
      return null;
    },
  },
  {
    name: 'no-endless-signing-in',
    catalog: ['FS-12', 'NR-01', 'SO-13'],
    doc: 'A Lync on the signing-in screen with no dialog open is always waiting for an answer or about to try again: after time passes, it has a request in flight or sent one within the retry interval.',
    check: ({ side, primitive }) => {
      if (primitive.t !== 'time') return null;
      const f = side.fake;
      const window = f.assumptions.signInRetrySeconds * 1000 + f.network.slowByMs + 1000;
      if (primitive.ms < window) return null;
      for (const c of f.computers.values())
        for (const user of c.sessions.keys()) {
          const snap = f.os.snapshot(c, user);
          if (snap.windows.some((w) => w.id !== 'main')) continue;
          if (snap.windows.find((w) => w.id === 'main')?.screen !== 'signing-in') continue;
          const mine = side.requests.filter((r) => r.computer === c.name && r.windowsUser === user);
          const waiting = mine.some((r) => r.response === null || r.at >= f.clock.elapsed() - window);
          if (!waiting)
            return `Lync of ${user} on ${c.name} shows the signing-in screen but has sent nothing for ${primitive.ms} ms and waits for nothing`;
        }
      return null;
    },
  },
  {
    name: 'only-documented-messages',
    catalog: ['TE-01', 'TE-02', 'TE-04', 'TE-07', 'NR-05'],
    doc: 'Every message Lync puts on screen is one the catalog documents (or a named assumption gives).',
    check: ({ side }) => {
      for (const c of side.fake.computers.values())
        for (const s of c.sessions.values())
          for (const m of s.desktop.messagesShown)
            if (!documented.some((r) => r.test(m))) return `Lync showed ${s.windowsUser} on ${c.name} an undocumented message: "${m}"`;
      return null;
    },
  },
];

/** Call after the action: checks every invariant, then remembers what has been seen. */
export function checkInvariants(ctx: InvariantContext): { name: string; catalog: readonly string[]; broken: string }[] {
  const broken = invariants.flatMap((inv) => {
    const b = inv.check(ctx);
    return b === null ? [] : [{ name: inv.name, catalog: inv.catalog, broken: b }];
  });
  ctx.memory.requestsSeen = ctx.side.requests.length;
  for (const { profile, key } of profiles(ctx.side))
    ctx.memory.cacheWritesSeen.set(key, profile.cache.operations.calls.filter((o) => o.op === 'write').length);
  return broken;
}
