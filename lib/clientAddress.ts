/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For. A load balancer appends the
 * address it was connected from, and `next start` sets the header to the socket's address when there is none — but
 * keeps one the client sent, so a server reachable without a proxy in front lets clients name their own address.
 * Production runs behind a proxy that appends or replaces X-Forwarded-For (nginx: `$proxy_add_x_forwarded_for`).
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim())
  return hops.filter(Boolean).at(-1) ?? 'unknown'
}
