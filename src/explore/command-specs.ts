import fc from 'fast-check';
import { domainLogonOf, mailboxElsewhere, suggestedProfileName, type NetworkName } from '../fakes';
import { userNameBox, type WindowId } from '../simulator';
import type { Cast } from './cast';
import { num, str, type CommandContext, type CommandSpec, type Intent, type Want } from './command-spec';
import { faultCommands } from './fault-commands';
import { offeredActions, offers } from './offered-actions';
import { lyncStartMenuPath, type Primitive, type SymbolicAction } from './primitive';

const who = (cast: Cast) => ({ person: fc.constantFrom(...cast.people), computer: fc.constantFrom(...cast.computers) });
const intent =
  (command: string) =>
  (args: Intent['args']): Intent => ({ command, args });

const loggedOn = (ctx: CommandContext, i: Intent) => ctx.desktop(str(i, 'person'), str(i, 'computer')) !== null;
const unlocked = (ctx: CommandContext, i: Intent) => ctx.desktop(str(i, 'person'), str(i, 'computer'))?.locked === false;
const installed = (ctx: CommandContext, i: Intent) => ctx.reference.fake.computer(str(i, 'computer')).lyncProgram !== null;
const running = (ctx: CommandContext, i: Intent) =>
  ctx.reference.fake.computer(str(i, 'computer')).running(str(i, 'person').toLowerCase()).length > 0;

/** FS-05: the person's Office 365 user ID as the service knows it, as a UPN or as DOMAIN\\user. */
function userIdAs(ctx: CommandContext, i: Intent): string {
  const f = ctx.reference.fake;
  const upn = f.service.account(f.person(str(i, 'person')).address).userId;
  return str(i, 'form') === 'UPN' ? upn : domainLogonOf(upn);
}

/** KB 2436962: the mailbox a profile opens, the person's own or one of another organization, named after its domain. */
function mailbox(ctx: CommandContext, i: Intent): { profile: string; address: string } {
  const own = ctx.reference.fake.person(str(i, 'person')).address;
  const address = str(i, 'mailbox') === 'own' ? own : mailboxElsewhere(own);
  return { profile: suggestedProfileName(address), address };
}

/** A step of a sequence on the desktop, done only if the desktop offers it at that moment. */
const ifOffered =
  (i: Intent, action: SymbolicAction): Want =>
  (ctx) => {
    const snap = ctx.desktop(str(i, 'person'), str(i, 'computer'));
    return snap && offers(snap, action) ? { t: 'desktop', person: str(i, 'person'), computer: str(i, 'computer'), action } : null;
  };

/** A sequence step done only when the desktop does not show something yet (sign in by hand: the password box). */
const unless =
  (i: Intent, showing: (ctx: CommandContext) => boolean, action: SymbolicAction): Want =>
  (ctx) =>
    showing(ctx) ? 'skip' : ifOffered(i, action)(ctx);

const mainHas = (i: Intent, name: string) => (ctx: CommandContext) =>
  ctx
    .desktop(str(i, 'person'), str(i, 'computer'))
    ?.windows.find((w) => w.id === 'main' && w.visible)
    ?.controls.some((c) => c.name === name) ?? false;

const iconOffers = (ctx: CommandContext, i: Intent, item: string) =>
  ctx.desktop(str(i, 'person'), str(i, 'computer'))?.notificationArea.some((n) => n.name === 'Lync' && n.menu.includes(item)) ?? false;

/** Whether the computer is on, asleep or off, from what last happened to it in the reference world. */
function power(ctx: CommandContext, computer: string): 'on' | 'asleep' | 'hibernated' | 'off' {
  const words: Record<string, 'on' | 'asleep' | 'hibernated' | 'off'> = {
    [`${computer} goes to sleep`]: 'asleep',
    [`${computer} wakes up`]: 'on',
    [`${computer} hibernates`]: 'hibernated',
    [`${computer} resumes from hibernation`]: 'on',
    [`${computer} shuts down`]: 'off',
    [`${computer} starts`]: 'on',
  };
  const entries = ctx.reference.fake.timeline.entries;
  for (let n = entries.length - 1; n >= 0; n--) {
    const state = words[entries[n]?.text ?? ''];
    if (state) return state;
  }
  return 'on';
}

const click = (window: WindowId, control: string): SymbolicAction => ({ kind: 'click', window, control });

const windowsCommand = (name: 'logOn' | 'logOff' | 'lock' | 'unlock', covers: string[], applies: CommandSpec['applies']): CommandSpec => ({
  name,
  covers,
  weight: name === 'logOn' ? 3 : 1,
  intents: (cast) => fc.record(who(cast)).map(intent(name)),
  applies,
  plan: (i) => [() => ({ t: name, person: str(i, 'person'), computer: str(i, 'computer') }) as Primitive],
});

/** Issue 21: the person of another organization a history may bring in: external contact, sender and recipient. */
const partner = { person: 'Fred', domain: 'fabrikam.com' } as const;

const durations = [1000, 5000, 29_000, 30_000, 31_000, 60_000, 5 * 60_000, 31 * 60_000, 3_600_000, 8 * 3_600_000];

/**
 * Every kind of command a generated history is made of: what Windows does, what the user does on screen, and what
 * happens in the world (fault switches come from their registry). New actions plug in by adding a spec here.
 */
const everySpec: readonly CommandSpec[] = [
  windowsCommand('logOn', ['logOn', 'readyAt', 'loggedOnVia'], (i, ctx) => !loggedOn(ctx, i)),
  windowsCommand('logOff', ['logOff'], (i, ctx) => loggedOn(ctx, i)),
  windowsCommand('lock', ['setLocked'], (i, ctx) => unlocked(ctx, i)),
  windowsCommand('unlock', ['setLocked'], (i, ctx) => ctx.desktop(str(i, 'person'), str(i, 'computer'))?.locked === true),
  {
    name: 'desktop action',
    // Every primitive a person can do on screen, read from the desktop: the tasks made of such primitives are covered.
    covers: [
      'startFromStartMenu',
      'click',
      'typeAddress',
      'typePassword',
      'typeWrongPassword',
      'setCheckbox',
      'chooseMenu',
      'closeWithX',
      'clickIcon',
      'iconMenu',
      'leave',
      'signInAs',
      'startAndClickSignIn',
      'enterPasswordAndSignIn',
      'typeText',
      'typeWrongPasswordIn',
      'closeDialog',
      'setConnection',
      'closeWindow',
      'choosePresence',
      'resetPresence',
      'setIdleMinutes',
      'ctrlRightClickIcon',
      'closeConfigurationInformation',
      'minimizeLync',
      'searchFor',
      'addInLync',
      'removeInLync',
      'openConversation',
      'sendIm',
      'closeConversation',
    ],
    weight: 12,
    intents: (cast) => fc.record({ ...who(cast), pick: fc.nat(1000) }).map(intent('desktop action')),
    applies: (i, ctx) => {
      const snap = ctx.desktop(str(i, 'person'), str(i, 'computer'));
      return snap !== null && offeredActions(snap, str(i, 'person'), ctx.cast.people).length > 0;
    },
    plan: (i) => [
      (ctx) => {
        const snap = ctx.desktop(str(i, 'person'), str(i, 'computer'));
        const offered = snap ? offeredActions(snap, str(i, 'person'), ctx.cast.people) : [];
        // A dialog is modal: three picks in four go to the dialog on top, if one is open.
        const dialog = offered.filter((a) => 'window' in a && a.window !== 'main');
        const pool = dialog.length > 0 && num(i, 'pick') % 4 !== 0 ? dialog : offered;
        const action = pool[Math.floor(num(i, 'pick') / 4) % Math.max(1, pool.length)];
        return action ? { t: 'desktop', person: str(i, 'person'), computer: str(i, 'computer'), action } : null;
      },
    ],
  },
  {
    name: 'sign in by hand',
    covers: ['signInByHand', 'signInFirstTime', 'beSignedIn', 'signInWithPassword'],
    weight: 4,
    intents: (cast) => fc.record({ ...who(cast), save: fc.boolean() }).map(intent('sign in by hand')),
    applies: (i, ctx) => unlocked(ctx, i) && installed(ctx, i),
    plan: (i) => [
      (ctx) => (running(ctx, i) ? 'skip' : ifOffered(i, { kind: 'startMenu', path: lyncStartMenuPath })(ctx)),
      unless(i, mainHas(i, 'Password'), click('main', 'Sign In')),
      ifOffered(i, { kind: 'type', window: 'main', field: 'Password', text: { what: 'password', whose: str(i, 'person') } }),
      ifOffered(i, { kind: 'toggle', window: 'main', control: 'Save my password', on: i.args.save === true }),
      ifOffered(i, click('main', 'Sign In')),
    ],
  },
  {
    name: 'set a Personal option',
    covers: ['setPersonalOption'],
    weight: 2,
    intents: (cast) =>
      fc
        .record({
          ...who(cast),
          option: fc.constantFrom(
            'Automatically start Lync when I log on to Windows',
            'Show Lync in the foreground when it starts',
            'Save IM conversations in my email Conversation History folder',
          ),
          on: fc.boolean(),
          close: fc.constantFrom('OK', 'Cancel', 'X'),
        })
        .map(intent('set a Personal option')),
    applies: (i, ctx) => mainHas(i, 'Options')(ctx),
    plan: (i) => [
      ifOffered(i, { kind: 'menu', window: 'main', path: ['Tools', 'Options'] }),
      ifOffered(i, { kind: 'toggle', window: 'options', control: str(i, 'option'), on: i.args.on === true }),
      ifOffered(i, str(i, 'close') === 'X' ? { kind: 'closeWindow', window: 'options' } : click('options', str(i, 'close'))),
    ],
  },
  {
    name: 'delete my sign-in info',
    covers: ['deleteSignInInfo'],
    weight: 2,
    intents: (cast) => fc.record({ ...who(cast), answer: fc.constantFrom('Yes', 'No') }).map(intent('delete my sign-in info')),
    applies: (i, ctx) => mainHas(i, 'Delete my sign-in info')(ctx),
    plan: (i) => [ifOffered(i, click('main', 'Delete my sign-in info')), ifOffered(i, click('confirmDelete', str(i, 'answer')))],
  },
  {
    name: 'answer the credential dialog',
    covers: ['answerCredentialDialog'],
    weight: 2,
    intents: (cast) => fc.record({ ...who(cast), save: fc.boolean() }).map(intent('answer the credential dialog')),
    applies: (i, ctx) => ctx.desktop(str(i, 'person'), str(i, 'computer'))?.windows.some((w) => w.id === 'credentials') ?? false,
    plan: (i) => [
      ifOffered(i, { kind: 'type', window: 'credentials', field: 'Password', text: { what: 'password', whose: str(i, 'person') } }),
      // The Exchange prompt's own "Save my password" (the sign-in prompt has none, so nothing is done there).
      ifOffered(i, { kind: 'toggle', window: 'credentials', control: 'Save my password', on: i.args.save === true }),
      ifOffered(i, click('credentials', 'OK')),
    ],
  },
  {
    name: 'answer the credential dialog with a user ID',
    covers: ['answerCredentialDialogAs'],
    weight: 1,
    intents: (cast) =>
      fc.record({ ...who(cast), form: fc.constantFrom('UPN', 'DOMAIN\\user') }).map(intent('answer the credential dialog with a user ID')),
    applies: (i, ctx) =>
      ctx
        .desktop(str(i, 'person'), str(i, 'computer'))
        ?.windows.some((w) => w.id === 'credentials' && w.controls.some((c) => c.name === userNameBox)) ?? false,
    plan: (i) => [
      (ctx) =>
        ifOffered(i, { kind: 'type', window: 'credentials', field: userNameBox, text: { what: 'text', text: userIdAs(ctx, i) } })(ctx),
      ifOffered(i, { kind: 'type', window: 'credentials', field: 'Password', text: { what: 'password', whose: str(i, 'person') } }),
      ifOffered(i, click('credentials', 'OK')),
    ],
  },
  {
    name: 'answer the trust prompt',
    covers: ['trustServer'],
    weight: 2,
    intents: (cast) => fc.record({ ...who(cast), always: fc.boolean() }).map(intent('answer the trust prompt')),
    applies: (i, ctx) => ctx.desktop(str(i, 'person'), str(i, 'computer'))?.windows.some((w) => w.id === 'trustServer') ?? false,
    plan: (i) => [
      ifOffered(i, { kind: 'toggle', window: 'trustServer', control: 'Always trust this server', on: i.args.always === true }),
      ifOffered(i, click('trustServer', 'Connect')),
    ],
  },
  {
    name: 'reinstall',
    covers: ['reinstall', 'installLync'],
    weight: 1,
    intents: (cast) => fc.record(who(cast)).map(intent('reinstall')),
    // The administrator exits a running Lync from its window first, so that window must be on screen.
    applies: (i, ctx) => installed(ctx, i) && (!running(ctx, i) || (unlocked(ctx, i) && mainHas(i, 'Options')(ctx))),
    plan: (i) => [() => ({ t: 'reinstall', person: str(i, 'person'), computer: str(i, 'computer') })],
  },
  {
    name: 'the support desk cleans up',
    covers: ['removeCacheByHand', 'deleteSipFolder'],
    weight: 1,
    intents: (cast) =>
      fc.record({ ...who(cast), what: fc.constantFrom('removeCache', 'deleteSipFolder') }).map(intent('the support desk cleans up')),
    // Lync is exited from its icon first, so the icon must be on screen when it runs.
    applies: (i, ctx) => installed(ctx, i) && (!running(ctx, i) || (unlocked(ctx, i) && iconOffers(ctx, i, 'Exit'))),
    plan: (i) => [
      () => ({ t: str(i, 'what') as 'removeCache' | 'deleteSipFolder', person: str(i, 'person'), computer: str(i, 'computer') }),
    ],
  },
  {
    name: 'server names left in the registry',
    covers: ['leftoverServerNames'],
    weight: 1,
    intents: (cast) =>
      fc
        .record({ ...who(cast), server: fc.constantFrom('sipdir.online.lync.com', 'lync.contoso.com') })
        .map(intent('server names left in the registry')),
    applies: (i, ctx) => installed(ctx, i),
    plan: (i) => [() => ({ t: 'leftoverServers', person: str(i, 'person'), computer: str(i, 'computer'), server: str(i, 'server') })],
  },
  {
    name: 'Group Policy sets the address book download delay',
    covers: ['setComputerMinutes'],
    weight: 1,
    intents: (cast) =>
      fc
        .record({ computer: fc.constantFrom(...cast.computers), minutes: fc.constantFrom(0, 10, 60) })
        .map(intent('Group Policy sets the address book download delay')),
    applies: () => true,
    plan: (i) => [() => ({ t: 'delayPolicy', computer: str(i, 'computer'), minutes: Number(i.args['minutes']) })],
  },
  {
    name: 'flush the DNS client cache',
    covers: ['flushDns'],
    weight: 1,
    intents: (cast) => fc.record(who(cast)).map(intent('flush the DNS client cache')),
    applies: () => true,
    plan: (i) => [() => ({ t: 'flushDns', person: str(i, 'person'), computer: str(i, 'computer') })],
  },
  {
    name: 'input',
    covers: ['useComputer'],
    weight: 1,
    intents: (cast) => fc.record(who(cast)).map(intent('input')),
    applies: (i, ctx) => unlocked(ctx, i),
    plan: (i) => [() => ({ t: 'input', person: str(i, 'person'), computer: str(i, 'computer') })],
  },
  {
    name: 'switch user',
    covers: ['switchUser'],
    weight: 1,
    intents: (cast) => fc.record(who(cast)).map(intent('switch user')),
    applies: (i, ctx) => power(ctx, str(i, 'computer')) === 'on',
    plan: (i) => [() => ({ t: 'switchUser', person: str(i, 'person'), computer: str(i, 'computer') })],
  },
  {
    name: 'a contact',
    covers: ['addContact'],
    weight: 1,
    intents: (cast) => fc.record({ from: fc.constantFrom(...cast.people), to: fc.constantFrom(...cast.people) }).map(intent('a contact')),
    applies: (i) => i.args.from !== i.args.to,
    plan: (i) => [() => ({ t: 'contact', owner: str(i, 'from'), contact: str(i, 'to') })],
  },
  {
    // KB 2436962: Outlook 2013 on the computer, a mail profile for her own mailbox or another one, and the default.
    name: 'Outlook and its mail profiles',
    covers: ['installOutlook', 'addOutlookProfile', 'makeOutlookProfileDefault'],
    weight: 1,
    intents: (cast) =>
      fc
        .record({ ...who(cast), what: fc.constantFrom('install', 'add', 'default'), mailbox: fc.constantFrom('own', 'other') })
        .map(intent('Outlook and its mail profiles')),
    applies: (i, ctx) => {
      const computer = ctx.reference.fake.computer(str(i, 'computer'));
      if (str(i, 'what') === 'install') return !computer.outlookInstalled;
      if (!computer.outlookInstalled) return false;
      const { profile } = mailbox(ctx, i);
      const has = computer
        .profile(str(i, 'person').toLowerCase())
        .outlook.list()
        .some((p) => p.name === profile);
      return str(i, 'what') === 'add' ? !has : has;
    },
    plan: (i) => [
      (ctx) => {
        const [person, computer] = [str(i, 'person'), str(i, 'computer')];
        if (str(i, 'what') === 'install') return { t: 'installOutlook', computer };
        const { profile, address } = mailbox(ctx, i);
        return str(i, 'what') === 'add'
          ? { t: 'outlookProfile', person, computer, profile, address }
          : { t: 'outlookDefault', person, computer, profile };
      },
    ],
  },
  {
    name: 'an application using the Lync SDK',
    covers: ['startSdkApplication', 'sdkSignOut'],
    weight: 1,
    intents: (cast) =>
      fc.record({ ...who(cast), what: fc.constantFrom('start', 'signOut') }).map(intent('an application using the Lync SDK')),
    applies: (i, ctx) => {
      const has = ctx.reference.fake.sdk.has(str(i, 'computer'), str(i, 'person').toLowerCase());
      return str(i, 'what') === 'start' ? running(ctx, i) && !has : has;
    },
    plan: (i) => [
      () => ({ t: str(i, 'what') === 'start' ? 'sdkStart' : 'sdkSignOut', person: str(i, 'person'), computer: str(i, 'computer') }),
    ],
  },
  {
    name: 'the computer sleeps, wakes, shuts down, starts',
    covers: ['goToSleep', 'wakeUp', 'hibernate', 'resumeFromHibernation', 'shutDownComputer', 'startComputer'],
    weight: 2,
    intents: (cast) =>
      fc
        .record({ ...who(cast), what: fc.constantFrom('sleep', 'wake', 'hibernate', 'resumeFromHibernation', 'shutDown', 'startUp') })
        .map(intent('the computer sleeps, wakes, shuts down, starts')),
    applies: (i, ctx) => {
      const now = power(ctx, str(i, 'computer'));
      const can = {
        sleep: now === 'on',
        wake: now === 'asleep',
        hibernate: now === 'on',
        resumeFromHibernation: now === 'hibernated',
        shutDown: now !== 'off',
        startUp: now === 'off',
      };
      return can[str(i, 'what') as keyof typeof can] === true;
    },
    plan: (i) => [
      () => ({
        t: str(i, 'what') as 'sleep' | 'wake' | 'hibernate' | 'resumeFromHibernation' | 'shutDown' | 'startUp',
        computer: str(i, 'computer'),
        person: str(i, 'person'),
      }),
    ],
  },
  {
    name: 'network change',
    covers: ['setNetwork', 'loggedOnVia'],
    weight: 3,
    intents: (cast) =>
      fc
        .record({
          computer: fc.constantFrom(...cast.computers),
          network: fc.constantFrom<NetworkName>('organization', 'internet', 'offline'),
        })
        .map(intent('network change')),
    applies: (i, ctx) => ctx.reference.fake.computer(str(i, 'computer')).network !== str(i, 'network'),
    plan: (i) => [() => ({ t: 'network', computer: str(i, 'computer'), network: str(i, 'network') as NetworkName })],
  },
  {
    name: 'time passes',
    covers: ['passTime'],
    weight: 4,
    intents: () => fc.record({ ms: fc.constantFrom(...durations) }).map(intent('time passes')),
    applies: () => true,
    plan: (i) => [() => ({ t: 'time', ms: num(i, 'ms') })],
  },
  {
    name: 'a colleague writes',
    covers: ['sendMessage'],
    weight: 2,
    intents: (cast) =>
      fc.record({ from: fc.constantFrom(...cast.people), to: fc.constantFrom(...cast.people) }).map(intent('a colleague writes')),
    applies: (i) => i.args.from !== i.args.to,
    plan: (i) => [() => ({ t: 'message', from: str(i, 'from'), to: str(i, 'to') })],
  },
  {
    name: 'a person of another organization',
    covers: ['hasAccountAt'],
    weight: 1,
    intents: () => fc.constant({ command: 'a person of another organization', args: {} }),
    applies: (_i, ctx) => !ctx.reference.fake.people.has(partner.person.toLowerCase()),
    plan: () => [() => ({ t: 'partner', ...partner })],
  },
  {
    name: 'an external contact',
    covers: [],
    weight: 1,
    intents: (cast) => fc.record({ owner: fc.constantFrom(...cast.people) }).map(intent('an external contact')),
    applies: (_i, ctx) => ctx.reference.fake.people.has(partner.person.toLowerCase()),
    plan: (i) => [() => ({ t: 'contact', owner: str(i, 'owner'), contact: partner.person })],
  },
  {
    name: 'an instant message across organizations',
    covers: [],
    weight: 1,
    intents: (cast) =>
      fc.record({ person: fc.constantFrom(...cast.people), inbound: fc.boolean() }).map(intent('an instant message across organizations')),
    applies: (_i, ctx) => ctx.reference.fake.people.has(partner.person.toLowerCase()),
    plan: (i) => [
      () =>
        i.args['inbound'] === true
          ? { t: 'message', from: partner.person, to: str(i, 'person') }
          : { t: 'message', from: str(i, 'person'), to: partner.person },
    ],
  },
  {
    name: 'the cast',
    // Accounts, installations and the installer's sign-in address are set before the history starts (see cast.ts).
    covers: ['hasAccount', 'installLync', 'clearPreconfiguredAddress'],
    weight: 0,
    intents: () => fc.constant({ command: 'the cast', args: {} }),
    applies: () => false,
    plan: () => [],
  },
  ...faultCommands(),
];

/**
 * What a person does at the computer's keyboard: none of it can happen while the computer sleeps, hibernates or is
 * off (a history once logged Carol on to a sleeping computer). World changes (faults, the network, time) still can.
 */
export const atTheComputer: ReadonlySet<string> = new Set([
  'logOn',
  'logOff',
  'lock',
  'unlock',
  'desktop action',
  'sign in by hand',
  'set a Personal option',
  'delete my sign-in info',
  'answer the credential dialog',
  'answer the credential dialog with a user ID',
  'answer the trust prompt',
  'reinstall',
  'the support desk cleans up',
  'server names left in the registry',
  'flush the DNS client cache',
  'input',
  'an application using the Lync SDK',
  'Outlook and its mail profiles',
]);

export const commandSpecs: readonly CommandSpec[] = everySpec.map((spec) =>
  atTheComputer.has(spec.name) ? { ...spec, applies: (i, ctx) => power(ctx, str(i, 'computer')) === 'on' && spec.applies(i, ctx) } : spec,
);

export function commandSpec(name: string): CommandSpec {
  const spec = commandSpecs.find((s) => s.name === name);
  if (!spec) throw new Error(`no exploration command "${name}"`);
  return spec;
}
