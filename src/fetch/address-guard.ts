/**
 * SSRF guard: decides whether an IP address may be contacted when fetching a URL given by a client.
 * Hand-written because node:net's BlockList needs every range listed anyway and does not unwrap
 * IPv4-mapped IPv6 addresses consistently; the rules here are small and fully tested.
 * The check runs inside the socket's DNS lookup (see guarded-lookup.ts), so the address that is
 * checked is the address that is connected to, for the first request and after every redirect.
 */
import { isIP } from 'node:net';

/** Why an address is refused, or null when it is a public unicast address. */
export function forbiddenAddressReason(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return forbiddenV4(address);
  if (family === 6) return forbiddenV6(address);
  return 'not an IP address';
}

function v4Parts(a: string): number[] {
  return a.split('.').map((x) => Number(x));
}

function forbiddenV4(a: string): string | null {
  const [p0 = 0, p1 = 0, p2 = 0] = v4Parts(a);
  if (p0 === 0) return 'unspecified/this-network (0.0.0.0/8)';
  if (p0 === 127) return 'loopback (127.0.0.0/8)';
  if (p0 === 10) return 'private (10.0.0.0/8)';
  if (p0 === 172 && p1 >= 16 && p1 <= 31) return 'private (172.16.0.0/12)';
  if (p0 === 192 && p1 === 168) return 'private (192.168.0.0/16)';
  if (p0 === 169 && p1 === 254) return 'link-local / metadata (169.254.0.0/16)';
  if (p0 === 100 && p1 >= 64 && p1 <= 127) return 'carrier-grade NAT (100.64.0.0/10)';
  if (p0 === 192 && p1 === 0 && p2 === 0) return 'IETF protocol assignments (192.0.0.0/24)';
  if (p0 === 198 && (p1 === 18 || p1 === 19)) return 'benchmarking (198.18.0.0/15)';
  if (p0 >= 224) return 'multicast / reserved (224.0.0.0/3)';
  return null;
}

/** Expands an IPv6 address into 8 16-bit groups (handles `::` and a dotted IPv4 tail). */
function v6Groups(a: string): number[] | null {
  let s = a.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    const p = v4Parts(last);
    if (p.length !== 4 || p.some((x) => !(x >= 0 && x <= 255))) return null;
    const hi = (((p[0] ?? 0) << 8) | (p[1] ?? 0)).toString(16);
    const lo = (((p[2] ?? 0) << 8) | (p[3] ?? 0)).toString(16);
    s = `${s.slice(0, lastColon + 1)}${hi}:${lo}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string | undefined): number[] => (h ? h.split(':').filter((x) => x !== '').map((x) => parseInt(x, 16)) : []);
  const head = parse(halves[0]);
  const rest = parse(halves[1]);
  if (halves.length === 1) return head.length === 8 ? head : null;
  const zeros = 8 - head.length - rest.length;
  if (zeros < 0) return null;
  return [...head, ...new Array<number>(zeros).fill(0), ...rest];
}

function forbiddenV6(a: string): string | null {
  const g = v6Groups(a);
  if (!g || g.length !== 8) return 'unparsable IPv6 address';
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroPrefix = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroPrefix && g5 === 0 && g6 === 0 && g7 === 0) return 'unspecified (::)';
  if (zeroPrefix && g5 === 0 && g6 === 0 && g7 === 1) return 'loopback (::1)';
  const embedded = `${g6 >> 8}.${g6 & 255}.${g7 >> 8}.${g7 & 255}`;
  if (zeroPrefix && g5 === 0xffff) {
    const r = forbiddenV4(embedded);
    return r ? `IPv4-mapped ${r}` : null;
  }
  if (zeroPrefix && g5 === 0) return 'IPv4-compatible (deprecated ::/96)';
  if (g0 === 0x64 && g1 === 0xff9b) {
    const r = forbiddenV4(embedded);
    return r ? `NAT64 ${r}` : null;
  }
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local (fc00::/7)';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((g0 & 0xffc0) === 0xfec0) return 'site-local (fec0::/10)';
  if ((g0 & 0xff00) === 0xff00) return 'multicast (ff00::/8)';
  if (g0 === 0x2001 && g1 === 0xdb8) return 'documentation (2001:db8::/32)';
  return null;
}
