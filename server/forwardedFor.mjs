// Whose address X-Forwarded-For holds when a request reaches Next.js. Next.js's server sets it to the connection's
// address only when a request has none, so anyone reaching the server directly could name their own, and the sign-in
// limits per client address (lib/protection/clientAddress.ts) would count whatever they wrote. server/start.mjs applies this to every
// request: the header is believed only from a load balancer named in TRUSTED_PROXIES.
import { BlockList, isIP } from 'node:net'

/**
 * TRUSTED_PROXIES: the addresses or subnets (CIDR) of the load balancers in front of the servers, separated by commas,
 * e.g. `127.0.0.1` for nginx on the same machine or `10.0.0.0/24`. Unset: no proxy is trusted.
 * @param {string | undefined} value
 * @returns {BlockList | null}
 */
export function parseTrustedProxies(value) {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/')
    const family = isIP(address)
    const bits = Number(prefix)
    const validPrefix = prefix === undefined || (/^\d+$/.test(prefix) && bits <= (family === 6 ? 128 : 32))
    if (family === 0 || rest.length > 0 || !validPrefix) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is neither an IP address nor a subnet such as 10.0.0.0/24`)
    }
    const type = family === 6 ? 'ipv6' : 'ipv4'
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, bits, type)
  }
  return list
}

/** A dual-stack socket reports an IPv4 peer as ::ffff:a.b.c.d. */
const plainAddress = (/** @type {string} */ address) =>
  /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address

/**
 * The X-Forwarded-For a request should carry: what a trusted proxy sent (it appended the address it was connected
 * from, which the app reads as the client's), else the address of the connection itself, replacing anything the
 * client wrote.
 * @param {string | string[] | undefined} header
 * @param {string | undefined} peer the socket's remote address
 * @param {BlockList | null} trusted
 * @returns {string | undefined}
 */
export function forwardedFor(header, peer, trusted) {
  const address = plainAddress(peer ?? '')
  const family = isIP(address)
  const fromTrustedProxy =
    trusted !== null && family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4')
  const sent = Array.isArray(header) ? header.join(', ') : header
  if (fromTrustedProxy && sent?.trim()) return sent
  return address || undefined
}

/**
 * Sets X-Forwarded-For on a request before Next.js sees it (see forwardedFor).
 * @param {import('node:http').IncomingMessage} request
 * @param {BlockList | null} trusted
 */
export function settleForwardedFor(request, trusted) {
  const value = forwardedFor(request.headers['x-forwarded-for'], request.socket.remoteAddress, trusted)
  if (value === undefined) delete request.headers['x-forwarded-for']
  else request.headers['x-forwarded-for'] = value
}
