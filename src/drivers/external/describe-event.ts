import type { ClientEvent } from '../../simulator';

/** An event in a few words, for failure messages; a typed password shows as "a password", never its value. */
export function describeEvent(e: ClientEvent): string {
  switch (e.type) {
    case 'user.click':
      return `user.click "${e.control}" in ${e.window}`;
    case 'user.type':
      return typeof e.text === 'string' ? `user.type "${e.text}" into "${e.field}"` : `user.type (a password) into "${e.field}"`;
    case 'user.toggle':
      return `user.toggle "${e.control}" ${e.on ? 'on' : 'off'}`;
    case 'user.menu':
      return `user.menu ${e.path.join(' > ')}`;
    case 'user.closeWindow':
      return `user.closeWindow ${e.window}`;
    case 'user.iconClick':
      return `user.iconClick in the ${e.place}`;
    case 'user.iconMenu':
      return `user.iconMenu ${e.item} in the ${e.place}`;
    case 'os.started':
      return `os.started${e.fromRunKey ? ' (from the Run entry)' : ''}`;
    case 'os.networkChanged':
      return `os.networkChanged ${e.online ? 'online' : 'offline'}`;
    case 'net.response':
      return `net.response #${e.requestId} (${e.response.ok ? e.response.kind : e.response.failure})`;
    case 'timer.fired':
      return `timer.fired "${e.name}"`;
    case 'service.message':
      return `service.message from ${e.from}`;
    default:
      return e.type;
  }
}
