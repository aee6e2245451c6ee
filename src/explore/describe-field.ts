import { firstDifference, observedSentence } from '../harness/sentences';
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
const requestCatalog: Record<string, string[]> = {
  discover: ['FS-09', 'NR-01'],
  authenticate: ['FS-05', 'NR-01'],
  register: ['FS-05', 'DC-10'],
  unregister: ['SO-04', 'SO-07'],
  exchange: ['FS-06', 'TE-22'],
};
const fieldCatalog: Partial<Record<FieldKey['f'], string[]>> = {
  presence: ['SO-04', 'SO-07'],
  undelivered: ['SO-04'],
  cache: ['DC-01', 'DC-03'],
  'cache.certificate': ['TE-05', 'DC-03'],
  'cache.userName': ['DC-01'],
  'cache.endpoint': ['DC-10'],
  runEntry: ['AS-02', 'AS-04'],
  version: ['TE-03'],
  connection: ['AS-07', 'FS-10'],
  files: ['FS-14', 'DC-09'],
  taskbar: ['SO-02'],
  icon: ['SO-02', 'SO-08'],
  foreground: ['AS-03'],
  alerts: ['SO-02'],
};

const lines = (value: string | undefined): string[] => (value ? value.split('\n') : []);

/** The catalog IDs of a step the client under test could not do: those of the window it acts in (none outside one). */
export function actionCatalog(action: { readonly window?: string }): string[] {
  return windowCatalog[action.window ?? ''] ?? [];
}

function catalogOf(key: FieldKey, value: string | undefined, other: string | undefined): string[] {
  switch (key.f) {
    case 'processes':
      return value === '0' || value === '1' ? ['SO-07', 'MU-11'] : ['MU-11'];
    case 'sessions':
      return value === '0' || value === '1' ? ['SO-04', 'FS-05'] : ['MU-11'];
    case 'cache.password':
      return value === 'none' || value === 'the account password' ? ['FS-07', 'DC-03'] : ['FS-07', 'DC-07'];
    case 'setting':
      return settingCatalog[key.name ?? ''] ?? ['AS-04'];
    case 'window':
    case 'title':
    case 'controls':
    case 'control':
      return windowCatalog[key.window ?? ''] ?? [];
    case 'requests': {
      // Keyed by the kind of the first request the two lists differ in, so that one missing behaviour keeps one key.
      const [mine, theirs] = [lines(value), lines(other)];
      const i = firstDifference(mine, theirs);
      return requestCatalog[(mine[i] ?? theirs[i] ?? '').split(' ')[0] ?? ''] ?? ['NR-01'];
    }
    default:
      return fieldCatalog[key.f] ?? [];
  }
}

/** The words of a value no Then step states, or states otherwise (a colleague's view, the requests in all). */
function unsaid(key: FieldKey, value: string | undefined, other: string | undefined): string | null {
  const [p, c] = [key.person ?? '', key.computer ?? ''];
  switch (key.f) {
    case 'processes':
      return value === '0' || value === '1' ? null : `${value} Lync processes run for ${p} on ${c}`;
    case 'sessions':
      return value === '0' || value === '1' ? null : `the service holds ${value} sessions for ${p} from ${c}`;
    case 'presence':
      return `a colleague sees ${p} as ${value}`;
    case 'undelivered':
      return `${value} instant message(s) to ${p} found no signed-in Lync`;
    case 'version':
      return `the Lync installed on ${c} is version ${value}`;
    case 'connection':
      return `the Advanced Connection Settings of ${p} on ${c} are ${value}`;
    case 'files':
      return `the Lync files of ${p} on ${c} (log lines, AccountProfiles.dat) are ${value}`;
    case 'requests': {
      const mine = lines(value);
      if (firstDifference(mine, lines(other)) < mine.length) return null;
      return `Lync for ${p} on ${c} sent ${mine.length} ${mine.length === 1 ? 'request' : 'requests'} in all`;
    }
    default:
      return null;
  }
}

/**
 * Describes one observed value. `value` undefined: the world has no such thing (no cache entry, no such window).
 * `other`: the other world's value, for fields described by their first difference (the requests sent). The Then
 * step is the phrasebook's (src/harness/sentences); a cache entry of someone who is not a person has none.
 */
export function describe(key: FieldKey, value: string | undefined, cast: Cast, other?: string): Described {
  const colleague = cast.people.find((x) => x !== key.person);
  const sentence = observedSentence(key, value, { colleague, other });
  const words = unsaid(key, value, other) ?? sentence ?? `${key.f} is ${value}`;
  const notAPerson = key.f.startsWith('cache') && !cast.people.includes(key.whose ?? '');
  return { words, then: notAPerson ? null : sentence, catalog: catalogOf(key, value, other) };
}
