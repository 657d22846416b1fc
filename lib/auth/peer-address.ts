import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

// Next.js keeps a client's own X-Forwarded-For and offers route handlers and server actions no
// other view of the socket, so every request is stamped, before Next.js sees it, with the
// address its TCP connection really comes from. A value the client sent under that name is
// overwritten.
export const PEER_ADDRESS_HEADER = 'x-journal-peer-address';

const state = globalThis as unknown as { journalPeerAddresses?: boolean };

export function stampPeerAddresses(): void {
  if (state.journalPeerAddresses) return;
  state.journalPeerAddresses = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? '';
  });
}

/** False where the stamp is not installed (then the header could come from the client). */
export function peerAddressesStamped(): boolean {
  return state.journalPeerAddresses === true;
}
