/** One thing exploration observes in a world: which field (`f`) and of whom. Its value is a string, or absent. */
export interface ObservedField {
  readonly f:
    | 'processes'
    | 'sessions'
    | 'presence'
    | 'undelivered'
    | 'cache'
    | 'cache.password'
    | 'cache.certificate'
    | 'cache.userName'
    | 'cache.endpoint'
    | 'setting'
    | 'runEntry'
    | 'version'
    | 'connection'
    | 'files'
    | 'taskbar'
    | 'icon'
    | 'window'
    | 'foreground'
    | 'title'
    | 'controls'
    | 'control'
    | 'alerts'
    | 'requests';
  readonly person?: string;
  readonly computer?: string;
  /** Whose cache entry (a person's name, or the address when it is no one's). */
  readonly whose?: string;
  readonly window?: string;
  readonly name?: string;
}

/** Where two lists of requests (one per line) first differ: the index of the first request not in both. */
export function firstDifference(mine: readonly string[], theirs: readonly string[]): number {
  let i = 0;
  while (i < mine.length && mine[i] === theirs[i]) i++;
  return i;
}

export const lines = (value: string | undefined): string[] => (value ? value.split('\n') : []);
