import { firstDifference, lines, type ObservedField } from './observed-field';
import { sentence } from './sentence';

/** What else a Then step about an observed value may need: a colleague who looks, the other world's value. */
export interface ObservedContext {
  readonly colleague?: string;
  readonly other?: string;
}

function cacheSentence(f: ObservedField['f'], p: string, c: string, w: string, value: string | undefined): string | null {
  switch (f) {
    case 'cache':
      return value === undefined
        ? sentence('ground-truth.credential-cache-holds-nothing', p, c, w)
        : sentence('details.credential-cache-holds-entry', p, c, w);
    case 'cache.password':
      if (value === 'none') return sentence('ground-truth.credential-cache-holds-no-password', p, c, w);
      if (value === 'the account password') return sentence('ground-truth.credential-cache-holds-password', p, c, w);
      return sentence('details.credential-cache-holds-password-not-password', p, c, w, w);
    case 'cache.certificate':
      return value === 'none'
        ? sentence('details.credential-cache-holds-no-certificate', p, c, w)
        : sentence('ground-truth.credential-cache-holds-certificate', p, c, w);
    case 'cache.userName':
      return sentence('details.credential-cache-holds-user-name', p, c, value ?? '', w);
    case 'cache.endpoint':
      return value === 'none'
        ? sentence('details.credential-cache-holds-no-endpoint', p, c, w)
        : sentence('details.credential-cache-holds-endpoint', p, c, value ?? '', w);
    default:
      return null;
  }
}

function windowSentence(key: ObservedField, p: string, c: string, value: string | undefined): string | null {
  const w = key.window ?? '';
  switch (key.f) {
    case 'window':
      return value === undefined
        ? sentence('details.sees-no-window-lync', p, w, c)
        : sentence('details.sees-window-lync-showing-screen', p, w, c, value);
    case 'foreground':
      return sentence(value === 'yes' ? 'details.window-lync-foreground' : 'details.window-lync-not-foreground', w, p, c);
    case 'title':
      return sentence('details.window-lync-titled', w, p, c, value ?? '');
    case 'controls':
      return sentence('details.window-lync-shows-controls', w, p, c, value ?? '');
    case 'control':
      return value === undefined
        ? sentence('details.window-lync-shows-no', w, p, c, key.name ?? '')
        : sentence('details.window-lync-shows-as', w, p, c, key.name ?? '', value);
    default:
      return null;
  }
}

/**
 * The Then step that checks an observed value, in the current wording, or null where no phrase says it (a count of
 * processes above one, the version, the connection settings, the files). The words of a cache entry are written for
 * whoever `whose` names; only a person's are a step.
 */
export function observedSentence(key: ObservedField, value: string | undefined, context: ObservedContext = {}): string | null {
  const p = key.person ?? '';
  const c = key.computer ?? '';
  switch (key.f) {
    case 'processes':
      if (value === '0') return sentence('ground-truth.no-lync-process-runs', p, c);
      return value === '1' ? sentence('ground-truth.exactly-one-lync-process-runs', p, c) : null;
    case 'sessions':
      if (value === '0') return sentence('ground-truth.service-holds-no-session-2', p, c);
      return value === '1' ? sentence('ground-truth.signed-lync-online', p, c) : null;
    case 'presence':
      return context.colleague && value !== undefined ? sentence('presence.colleague-sees-as', context.colleague, p, value) : null;
    case 'setting':
      return sentence('details.lync-setting', key.name ?? '', p, c, value === undefined ? 'unset' : value.replace(/"/g, "'"));
    case 'runEntry':
      return sentence(value === 'yes' ? 'ground-truth.run-entries-include-lync' : 'ground-truth.run-entries-do-not-include-lync', p, c);
    case 'taskbar':
      return sentence(value === 'yes' ? 'screen.lync-icon' : 'screen.lync-icon-not', 'taskbar', p, c);
    case 'icon': {
      if (value === 'none' || value === undefined) return sentence('screen.lync-icon-not', 'notification area', p, c);
      const [reads, offers] = value.split(' | ');
      return sentence('details.lync-icon-reads-offers', p, c, reads ?? '', offers ?? '');
    }
    case 'alerts':
      return value ? sentence('details.has-seen-alerts', p, value, c) : sentence('details.has-seen-no-alert', p, c);
    case 'requests': {
      const mine = lines(value);
      const i = firstDifference(mine, lines(context.other));
      return i >= mine.length
        ? sentence('details.lync-has-sent-request', p, c, mine.length)
        : sentence('details.request-lync-was', i + 1, p, c, mine[i] ?? '');
    }
    case 'undelivered':
    case 'version':
    case 'connection':
    case 'files':
      return null;
    default:
      return cacheSentence(key.f, p, c, key.whose ?? '', value) ?? windowSentence(key, p, c, value);
  }
}
