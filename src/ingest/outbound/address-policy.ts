/**
 * Which addresses ingestion may connect to. Anything a page, a feed or an
 * admin's typo names is fetched from the server Marsad runs on, so without a
 * rule `http://127.0.0.1:8080/admin` or the cloud metadata service at
 * 169.254.169.254 would be read and then quoted to every member (SSRF).
 *
 * The rule: only public unicast addresses. request-filtering-agent checks the
 * address a connection is actually made to (an IP literal before connecting;
 * a host name inside the DNS lookup the socket itself uses, so a name that
 * resolves to a public address once and to 127.0.0.1 the next time cannot slip
 * through); ipaddr.js classes everything that is not plain unicast as refused:
 * loopback, unspecified, private, link-local, carrier-grade NAT, unique-local,
 * IPv4-mapped and NAT64 forms, multicast, broadcast and reserved ranges.
 *
 * INGEST_ALLOW_HOSTS opens the rule for intranet feeds, entry by entry: an IP
 * address or CIDR range (checked on the connected address), or a host name
 * (exact, or `*.example.org` for its subdomains) whose addresses are then all
 * allowed.
 */
import ipaddr from 'ipaddr.js';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';

export interface OutboundPolicy {
  /** INGEST_ALLOW_HOSTS entries: IP addresses, CIDR ranges, host names or `*.domain`. */
  allowHosts: readonly string[];
  /** DNS resolution (tests resolve names to chosen addresses without a resolver). */
  lookup?: LookupFunction;
}

export const DEFAULT_POLICY: OutboundPolicy = { allowHosts: [] };

export function isAddressEntry(entry: string): boolean {
  return isIP(entry) !== 0 || ipaddr.isValidCIDR(entry);
}

/** Host names as URL.hostname gives them: lower case, IPv6 without brackets. */
export function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^\[|\]$/g, '');
}

/** Whether an admin allowed this host by name (then every address it resolves to is allowed). */
export function isAllowedByName(hostname: string, policy: OutboundPolicy): boolean {
  const host = bareHost(hostname);
  return policy.allowHosts.some((entry) => {
    const name = entry.toLowerCase();
    if (isAddressEntry(name)) return false;
    return name.startsWith('*.') ? host.endsWith(name.slice(1)) : host === name;
  });
}

/** True when an address may be connected to under the policy (IP entries and public unicast). */
export function isAllowedAddress(address: string, policy: OutboundPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  for (const entry of policy.allowHosts) {
    if (isIP(entry) !== 0 && ipaddr.parse(entry).toNormalizedString() === parsed.toNormalizedString()) return true;
    if (ipaddr.isValidCIDR(entry)) {
      const range = ipaddr.parseCIDR(entry);
      if (range[0].kind() === parsed.kind() && parsed.match(range)) return true;
    }
  }
  return parsed.range() === 'unicast';
}

/** Entries that are neither an address, a range nor a host name: named in the configuration error. */
export function invalidAllowEntry(entry: string): boolean {
  return !isAddressEntry(entry) && !/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(entry);
}
