/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For. A load balancer appends the
 * address it was connected from (nginx: `$proxy_add_x_forwarded_for`, deploy/nginx.conf). `npm start` (server/start.mjs,
 * server/forwardedFor.mjs) keeps the header only on connections from an address in TRUSTED_PROXIES and otherwise
 * replaces it with the connection's own address, so a client reaching a server directly cannot name its address.
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim())
  return hops.filter(Boolean).at(-1) ?? 'unknown'
}
