import { PEER_ADDRESS_HEADER, peerAddressesStamped } from './peer-address';

/**
 * The address a request comes from, for rate limits. Without TRUST_PROXY, the TCP peer: a
 * client-sent X-Forwarded-For is ignored. With TRUST_PROXY=N (1, or `true`, for one reverse
 * proxy), the N-th X-Forwarded-For entry from the right: proxies append the address they saw, so
 * entries further left are whatever the client claimed.
 */
export function clientAddress(headers: Headers, trustProxy = process.env.TRUST_PROXY): string {
  const hops = proxyHops(trustProxy);
  if (hops > 0) {
    const chain = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const entry = chain[Math.max(0, chain.length - hops)];
    if (entry) return normaliseAddress(entry);
  }
  const peer = peerAddressesStamped() ? headers.get(PEER_ADDRESS_HEADER) : null;
  return peer ? normaliseAddress(peer) : 'unknown';
}

function proxyHops(value: string | undefined): number {
  const v = value?.trim().toLowerCase();
  if (!v || v === '0' || v === 'false') return 0;
  if (v === 'true') return 1;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** IPv4-mapped IPv6 as IPv4; other IPv6 addresses by their /64, which one household or host holds whole. */
function normaliseAddress(address: string): string {
  const a = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1];
  if (!a.includes(':')) return a;
  const [head, tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = a.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}
