import type { Cast } from './cast';
import type { FieldKey } from './observe';

/** A field's value in the words of the Then steps, the Then step that checks it (null where none can), its catalog IDs. */
export interface Described {
  readonly words: string;
  readonly then: string | null;
  readonly catalog: readonly string[];
}

const windowCatalog: Record<string, string[]> = {
  main: ['FS-03', 'SO-02'],
  // The Options dialog holds the startup options (AS-02, AS-03), the Status page (NR-12) and Advanced (AS-07).
  options: ['AS-02', 'AS-03', 'NR-12', 'AS-07'],
  confirmDelete: ['DC-05'],
  connectionSettings: ['FS-10', 'AS-07'],
  configurationInformation: ['SO-09'],
  trustServer: ['FS-08', 'TE-10'],
  credentials: ['FS-13', 'TE-07'],
};
const settingCatalog: Record<string, string[]> = {
  signInAddress: ['FS-01', 'DC-03'],
  showInForeground: ['AS-03'],
  trustedServers: ['FS-08', 'TE-10'],
  signedOutByUser: ['SO-11'],
  inactiveMinutes: ['NR-12'],
  awayMinutes: ['NR-12'],
};

const same = (words: string, catalog: string[]): Described => ({ words, then: words, catalog });
const only = (words: string, catalog: string[]): Described => ({ words, then: null, catalog });

/**
 * Describes one observed value. `value` undefined: the world has no such thing (no cache entry, no such window).
 * `other`: the other world's value, for fields described by their first difference (the requests sent).
 */
export function describe(key: FieldKey, value: string | undefined, cast: Cast, other?: string): Described {
  const p = key.person ?? '';
  const c = key.computer ?? '';
  const w = key.whose ?? '';
  const wIsPerson = cast.people.includes(w);
  const cache = `the credential cache of ${p} on ${c}`;
  const orNull = (d: Described): Described => (wIsPerson ? d : { ...d, then: null });
  switch (key.f) {
    case 'processes':
      return value === '0'
        ? same(`no Lync process runs for ${p} on ${c}`, ['SO-07', 'MU-11'])
        : value === '1'
          ? same(`exactly one Lync process runs for ${p} on ${c}`, ['SO-07', 'MU-11'])
          : only(`${value} Lync processes run for ${p} on ${c}`, ['MU-11']);
    case 'sessions':
      return value === '0'
        ? same(`the service holds no session for ${p} from ${c}`, ['SO-04', 'FS-05'])
        : value === '1'
          ? same(`${p} is signed in to Lync Online from ${c}`, ['SO-04', 'FS-05'])
          : only(`the service holds ${value} sessions for ${p} from ${c}`, ['MU-11']);
    case 'presence': {
      const colleague = cast.people.find((x) => x !== p);
      const words = `a colleague sees ${p} as ${value}`;
      return { words, then: colleague ? `${colleague}, a colleague, sees ${p} as ${value}` : null, catalog: ['SO-04', 'SO-07'] };
    }
    case 'undelivered':
      return only(`${value} instant message(s) to ${p} found no signed-in Lync`, ['SO-04']);
    case 'cache':
      return orNull(
        value === undefined
          ? same(`${cache} holds nothing for ${w}`, ['DC-01', 'DC-03'])
          : same(`${cache} holds an entry for ${w}`, ['DC-01', 'DC-03']),
      );
    case 'cache.password':
      return orNull(
        value === 'none'
          ? same(`${cache} holds no password for ${w}`, ['FS-07', 'DC-03'])
          : value === 'the account password'
            ? same(`${cache} holds ${w}'s password`, ['FS-07', 'DC-03'])
            : same(`${cache} holds a password for ${w} that is not ${w}'s password`, ['FS-07', 'DC-07']),
      );
    case 'cache.certificate':
      return orNull(
        value === 'none'
          ? same(`${cache} holds no certificate for ${w}`, ['TE-05', 'DC-03'])
          : same(`${cache} holds ${w}'s certificate`, ['TE-05', 'DC-03']),
      );
    case 'cache.userName':
      return orNull(same(`${cache} holds the user name "${value}" for ${w}`, ['DC-01']));
    case 'cache.endpoint':
      return orNull(
        value === 'none'
          ? same(`${cache} holds no endpoint for ${w}`, ['DC-10'])
          : same(`${cache} holds the endpoint "${value}" for ${w}`, ['DC-10']),
      );
    case 'setting':
      return same(
        `the Lync setting "${key.name}" of ${p} on ${c} is "${value === undefined ? 'unset' : value.replace(/"/g, "'")}"`,
        settingCatalog[key.name ?? ''] ?? ['AS-04'],
      );
    case 'runEntry':
      return same(`the Run entries of ${p} on ${c} ${value === 'yes' ? 'include' : 'do not include'} Lync`, ['AS-02', 'AS-04']);
    case 'version':
      return only(`the Lync installed on ${c} is version ${value}`, ['TE-03']);
    case 'connection':
      return only(`the Advanced Connection Settings of ${p} on ${c} are ${value}`, ['AS-07', 'FS-10']);
    case 'files':
      return only(`the Lync files of ${p} on ${c} (log lines, AccountProfiles.dat) are ${value}`, ['FS-14', 'DC-09']);
    case 'taskbar':
      return same(`the Lync icon is ${value === 'yes' ? '' : 'not '}in the taskbar of ${p} on ${c}`, ['SO-02']);
    case 'icon':
      if (value === 'none' || value === undefined)
        return same(`the Lync icon is not in the notification area of ${p} on ${c}`, ['SO-02', 'SO-08']);
      return same(`the Lync icon of ${p} on ${c} reads "${value.split(' | ')[0]}" and offers "${value.split(' | ')[1]}"`, [
        'SO-02',
        'SO-08',
      ]);
    case 'window':
      return value === undefined
        ? same(`${p} sees no "${key.window}" window of Lync on ${c}`, windowCatalog[key.window ?? ''] ?? [])
        : same(`${p} sees the "${key.window}" window of Lync on ${c} showing the "${value}" screen`, windowCatalog[key.window ?? ''] ?? []);
    case 'foreground':
      return same(`the "${key.window}" window of Lync for ${p} on ${c} is ${value === 'yes' ? '' : 'not '}in the foreground`, ['AS-03']);
    case 'title':
      return same(`the "${key.window}" window of Lync for ${p} on ${c} is titled "${value}"`, windowCatalog[key.window ?? ''] ?? []);
    case 'controls':
      return same(
        `the "${key.window}" window of Lync for ${p} on ${c} shows the controls "${value}"`,
        windowCatalog[key.window ?? ''] ?? [],
      );
    case 'control':
      return value === undefined
        ? same(`the "${key.window}" window of Lync for ${p} on ${c} shows no "${key.name}"`, windowCatalog[key.window ?? ''] ?? [])
        : same(
            `the "${key.window}" window of Lync for ${p} on ${c} shows "${key.name}" as "${value}"`,
            windowCatalog[key.window ?? ''] ?? [],
          );
    case 'alerts':
      return same(value ? `${p} has seen the alerts "${value}" on ${c}` : `${p} has seen no alert on ${c}`, ['SO-02']);
    case 'requests':
      return requests(p, c, value, other);
  }
}

const requestCatalog: Record<string, string[]> = {
  discover: ['FS-09', 'NR-01'],
  authenticate: ['FS-05', 'NR-01'],
  register: ['FS-05', 'DC-10'],
  unregister: ['SO-04', 'SO-07'],
  exchange: ['FS-06', 'TE-22'],
};

function requests(p: string, c: string, value: string | undefined, other: string | undefined): Described {
  const mine = value ? value.split('\n') : [];
  const theirs = other ? other.split('\n') : [];
  let i = 0;
  while (i < mine.length && mine[i] === theirs[i]) i++;
  // Keyed by the kind of the first request the two lists differ in, so that one missing behaviour keeps one key.
  const kind = (mine[i] ?? theirs[i] ?? '').split(' ')[0] ?? '';
  const catalog = requestCatalog[kind] ?? ['NR-01'];
  if (i >= mine.length)
    return {
      words: `Lync for ${p} on ${c} sent ${mine.length} ${mine.length === 1 ? 'request' : 'requests'} in all`,
      then: `Lync for ${p} on ${c} has sent ${mine.length} ${mine.length === 1 ? 'request' : 'requests'}`,
      catalog,
    };
  return {
    words: `request ${i + 1} of Lync for ${p} on ${c} was "${mine[i]}"`,
    then: `request ${i + 1} of Lync for ${p} on ${c} was "${mine[i]}"`,
    catalog,
  };
}
