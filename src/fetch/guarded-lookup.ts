/**
 * A `lookup` function for node:http(s) that resolves every address of a host (dns.lookup all)
 * and refuses the connection when any of them is forbidden by the SSRF guard. Because the socket
 * connects to the address this function returns, there is no window between check and use
 * (no DNS-rebinding gap), and every redirect hop goes through it again.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { forbiddenAddressReason } from './address-guard.js';

/** Error raised by the guarded lookup; the fetcher maps it to a `refused` result. */
export class BlockedAddressError extends Error {
  readonly address: string;
  readonly reason: string;
  constructor(host: string, address: string, reason: string) {
    super(`${host} resolves to ${address}: ${reason}`);
    this.name = 'BlockedAddressError';
    this.address = address;
    this.reason = reason;
  }
}

export function createGuardedLookup(allowPrivate: boolean, policy: (address: string) => string | null = forbiddenAddressReason): LookupFunction {
  return (hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses;
      if (list.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      if (!allowPrivate) {
        for (const a of list) {
          const reason = policy(a.address);
          if (reason) return callback(new BlockedAddressError(hostname, a.address, reason) as NodeJS.ErrnoException, '', 0);
        }
      }
      if (options.all) return callback(null, list);
      const first = list[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}
