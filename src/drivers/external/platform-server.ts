import type { Platform } from '../../runtime/platform';
import {
  fromWireEntry,
  fromWireRequest,
  toWireEntry,
  type PlatformMethod,
  type PlatformParams,
  type PlatformResult,
  type SecretCodec,
} from '../../protocol';

type Handlers = { readonly [M in PlatformMethod]: (params: PlatformParams<M>) => PlatformResult<M> };

/** Each platform method of the protocol, served by the process's {@link Platform} (the fake world's ports). */
export function platformHandlers(platform: Platform, codec: SecretCodec): Handlers {
  const done = {};
  return {
    'settings.read': () => platform.readSettings(),
    'settings.write': ({ patch }) => (platform.writeSettings(patch), done),
    'admin.read': () => platform.readAdmin(),
    'connection.write': ({ connection }) => (platform.writeConnection(connection), done),
    'log.write': ({ line }) => (platform.writeLog(line), done),
    'log.upload': ({ address, failure }) => (platform.uploadLog(address, failure), done),
    'runAtLogon.set': ({ enabled }) => (platform.setRunAtLogon(enabled), done),
    'credentials.read': ({ address }) => {
      const entry = platform.readCredentials(address);
      return { entry: entry === null ? null : toWireEntry(entry, codec) };
    },
    'credentials.write': ({ entry }) => (platform.writeCredentials(fromWireEntry(entry, codec)), done),
    'credentials.delete': ({ address }) => (platform.deleteCredentials(address), done),
    'contacts.readCache': ({ address }) => ({ damaged: platform.readContactCache(address) }),
    'contacts.writeCache': ({ address, contacts }) => (platform.writeContactCache(address, contacts), done),
    'outlook.readDefaultProfile': () => ({ profile: platform.readOutlookProfile() }),
    'net.request': ({ requestId, request }) => (platform.request(requestId, fromWireRequest(request, codec)), done),
    'timer.set': ({ name, ms, random }) => (platform.setTimer(name, ms, random === true), done),
    'timer.clear': ({ name }) => (platform.clearTimer(name), done),
    'desktop.render': ({ view }) => (platform.render(view), done),
    'sdk.state': ({ state }) => (platform.reportSdkState(state), done),
    'desktop.alert': ({ title, text }) => (platform.alert(title, text), done),
    'process.exit': () => (platform.exit(), done),
  };
}

/** Calls the handler of a method with params already checked against its schema. */
export function serveCall<M extends PlatformMethod>(handlers: Handlers, method: M, params: PlatformParams<M>): PlatformResult<M> {
  const handler: (p: PlatformParams<M>) => PlatformResult<M> = handlers[method];
  return handler(params);
}
