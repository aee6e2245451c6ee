import { ReferenceClient, type ClientParts } from '../../runtime/reference-client';
import { phaseTable, type Assumptions } from '../../simulator';
import { errorCodes } from '../error-codes';
import { protocolVersion, knownCapabilities } from '../protocol-version';
import { SecretBook } from '../secret-codec';
import { fromWireEvent } from '../wire-conversion';
import { RpcPlatform } from './rpc-platform';
import { SyncLines } from './sync-lines';
import { SyncPeer } from './sync-peer';

const maxRequests = 10_000_000;

/**
 * Serves the reference client (or a variant: a mutant's parts) over the client protocol on this process's stdin
 * and stdout: the same {@link ReferenceClient} shell as in-process, with its platform reached over the wire.
 * Returns when the program exits or the harness closes stdin.
 */
export async function serveReferenceClient(
  parts: ClientParts,
  assumptions: Assumptions,
  name: string,
  io = new SyncLines(),
): Promise<void> {
  const peer = new SyncPeer(io);
  const platform = new RpcPlatform(peer, new SecretBook());
  let client: ReferenceClient | null = null;
  for (let n = 0; n < maxRequests; n++) {
    const request = peer.nextRequest();
    if (request === null) return;
    switch (request.method) {
      case 'initialize': {
        if (client) return peer.refuse(request.id, errorCodes.invalidRequest, 'initialize was already sent');
        client = new ReferenceClient(platform, { assumptions, phaseTable, version: request.params.identity.version }, parts);
        peer.answer(request.id, request.method, {
          protocolVersion,
          client: { name, version: '0.1.0' },
          capabilities: [knownCapabilities.screen],
        });
        break;
      }
      case 'client/deliver':
        if (!client) return peer.refuse(request.id, errorCodes.invalidRequest, 'client/deliver before initialize');
        await client.deliver(fromWireEvent(request.params.event, platform.codec));
        peer.answer(request.id, request.method, {});
        if (platform.exited) return;
        break;
      case 'client/screen':
        if (!client) return peer.refuse(request.id, errorCodes.invalidRequest, 'client/screen before initialize');
        peer.answer(request.id, request.method, { view: parts.view(client.state) });
        break;
    }
  }
}
