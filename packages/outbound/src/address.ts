import { BlockList, isIP } from 'node:net';

/** Why an address is refused; the wording goes verbatim into the refusal message. */
export type AddressClass =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'carrier-grade NAT'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'cloud metadata'
  | 'reserved';

// Order matters: the first match names the class, so metadata comes before link-local.
const V4: ReadonlyArray<[string, number, AddressClass]> = [
  ['169.254.169.254', 32, 'cloud metadata'],
  ['255.255.255.255', 32, 'broadcast'],
  ['0.0.0.0', 8, 'unspecified'],
  ['127.0.0.0', 8, 'loopback'],
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['169.254.0.0', 16, 'link-local'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
  ['192.0.0.0', 24, 'reserved'],
  ['198.18.0.0', 15, 'reserved'],
];
const V6: ReadonlyArray<[string, number, AddressClass]> = [
  ['fd00:ec2::254', 128, 'cloud metadata'],
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'private'],
  ['fe80::', 10, 'link-local'],
  ['ff00::', 8, 'multicast'],
  ['64:ff9b::', 96, 'reserved'],
  ['2001:db8::', 32, 'reserved'],
];

const lists = [...V4.map(([a, p, c]) => ({ c, type: 'ipv4' as const, a, p })), ...V6.map(([a, p, c]) => ({ c, type: 'ipv6' as const, a, p }))].map((e) => {
  const bl = new BlockList();
  bl.addSubnet(e.a, e.p, e.type);
  return { ...e, bl };
});

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d) IPv6 address. */
function embeddedV4(ip6: string): string | null {
  // WHATWG serialisation compresses zeros and writes the embedded part as two hex groups.
  const canon = new URL(`http://[${ip6}]/`).hostname.slice(1, -1);
  const m = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canon);
  if (!m) return null;
  const hi = parseInt(m[1]!, 16);
  const lo = parseInt(m[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** The refused class of a literal IP address, or null for a public address. Non-IP input throws. */
export function classifyAddress(ip: string): AddressClass | null {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) throw new Error(`not an IP address: ${ip}`);
  if (family === 6) {
    const v4 = embeddedV4(bare.toLowerCase());
    if (v4) return classifyAddress(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const e of lists) if (e.type === type && e.bl.check(bare, type)) return e.c;
  return null;
}

/**
 * The canonical form of a host: WHATWG parsing turns decimal (2130706433), octal (0177.0.0.1) and hex
 * (0x7f.1) IPv4 spellings into dotted quads, lower-cases names and drops a trailing dot, for any scheme
 * (non-special schemes such as ssh:// would otherwise keep the raw spelling).
 */
export function canonicalHost(host: string): string {
  const h = new URL(`http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}/`).hostname;
  return h.replace(/\.$/, '').replace(/^\[|\]$/g, '');
}

/** Names that mean this machine whatever DNS says. */
export function isLocalhostName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === 'localhost.localdomain' || host === 'ip6-localhost' || host === 'ip6-loopback';
}
