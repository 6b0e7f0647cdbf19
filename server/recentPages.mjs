// A crowd reading one page asks for the same bytes many times a second. Next.js answers each such request from its
// cache, but still routes it, rewrites it, and encodes and hashes the page again: about 2 ms of the one thread. The
// finished answer (headers, policy, ETag, compressed body) is kept here for a second and sent as it is, so the
// thread stays free and a new connection is accepted without waiting behind a queue of renders.
// Kept only what any visitor may share (as nginx keeps it, deploy/nginx.conf); forgotten at once when any instance
// expires pages after a publish (server/pagesChanged.mjs, and through Redis server/redisCacheHandler.mjs).
import { PAGES_CHANGED } from './pagesChanged.mjs'
import { LOW_VISION } from './publicRewrites.mjs'
import { matches } from './scriptHashes.mjs'
import { BODY_HEADERS } from './wholeResponse.mjs'
import { isWrite } from './writes.mjs'

/** How long a finished page is sent again without asking Next.js. */
export const KEPT_FOR_MS = 1000
/** While one request renders a kept page afresh, the others get the kept copy, this long at most. */
const STALE_AT_MOST_MS = 2000
/** The oldest copy sent: older, a request goes to Next.js. */
export const RECENT_COPY_AT_MOST_MS = KEPT_FOR_MS + STALE_AT_MOST_MS
/** About 40 MB of pages in their encodings: the few hundred a crowd reads at once. */
const KEPT_AT_MOST = 500

const VIEW_COOKIE = new RegExp(`(?:^|;)\\s*${LOW_VISION.key}=${LOW_VISION.value}(?:;|$)`)

/**
 * @typedef {{
 *   headers: Record<string, number | string | string[] | undefined>,
 *   body: Buffer,
 *   keptAt: number,
 *   refreshing: boolean,
 * }} KeptPage
 */

/** @type {Map<string, KeptPage>} */
const kept = new Map()
/** Counts the changes: a page rendered from what was read before one is not kept after it. */
let changes = 0

export function forgetRecentPages() {
  changes += 1
  kept.clear()
}
process.on(PAGES_CHANGED, forgetRecentPages)

/**
 * A write announces its change from inside its transaction, before Next.js has expired the pages it changed; a page
 * kept in between may be the old one. So what is kept is forgotten again once a write that announced a change has
 * been answered (server/writes.mjs: after its pages are expired).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function forgetRecentPagesAfterWrite(request, response) {
  if (!isWrite(request)) return
  const changesBefore = changes
  response.once('close', () => {
    if (changes !== changesBefore) forgetRecentPages()
  })
}

/**
 * The request headers Next.js varies a page by (its Vary header): the encodings the browser accepts, and those of
 * its client-side navigation, which asks for the page's data rather than its HTML. A page that varies by another
 * is not kept.
 */
const VARIES_BY = [
  'accept-encoding',
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
]

/**
 * What decides the bytes of a public page: its address, the view the cookie chooses (server/publicRewrites.mjs),
 * and the headers above.
 * @param {import('node:http').IncomingMessage} request
 */
function keyOf(request) {
  const view = VIEW_COOKIE.exec(request.headers.cookie ?? '')?.groups?.view ?? 'standard'
  return [request.url, view, ...VARIES_BY.map((name) => String(request.headers[name] ?? ''))].join('|')
}

/** @param {import('node:http').IncomingMessage} request */
function mayShare(request) {
  return (
    request.method === 'GET' &&
    !request.headers.authorization &&
    // Draft mode: an editor's preview, never anyone else's page.
    !/(?:^|;)\s*__prerender_bypass=/.test(request.headers.cookie ?? '')
  )
}

/**
 * Sends the kept answer to this request if there is one; true when it did. While a kept page is being rendered
 * afresh, the others get the copy it will replace, so a crowd never queues up behind Next.js for one page.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {number} [now]
 */
export function answerFromRecentPages(request, response, now = Date.now()) {
  if (!mayShare(request)) return false
  const key = keyOf(request)
  const page = kept.get(key)
  if (!page) return false
  const age = now - page.keptAt
  if (age > RECENT_COPY_AT_MOST_MS) return false
  if (age > KEPT_FOR_MS && !page.refreshing) {
    // This request renders it afresh; until it is done, the others get this copy. Should its answer not be one to
    // keep (the page withdrawn meanwhile), the copy goes too.
    page.refreshing = true
    response.once('close', () => {
      if (kept.get(key) === page) kept.delete(key)
    })
    return false
  }
  const etag = page.headers.etag
  if (typeof etag === 'string' && matches(request.headers['if-none-match'], etag)) {
    const headers = { ...page.headers }
    for (const name of BODY_HEADERS) delete headers[name]
    response.writeHead(304, headers)
    response.end()
    return true
  }
  response.writeHead(200, page.headers)
  response.end(page.body)
  return true
}

/** @param {unknown} cacheControl */
const shared = (cacheControl) =>
  typeof cacheControl === 'string' &&
  /\bs-maxage=[1-9]/.test(cacheControl) &&
  !/\b(?:private|no-store|no-cache)\b/.test(cacheControl)

/**
 * Keeps the answer to this request once it is complete, if any visitor may share it: a 200 Next.js marked for
 * shared caches, without a cookie of its own, sent whole in one piece (as server/wholeResponse.mjs sends a page).
 * Install it before the layers that finish the page, so that it sees what they send.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {number} [now]
 */
export function rememberRecentPage(request, response, now = Date.now()) {
  if (!mayShare(request)) return
  const changesBefore = changes
  const { write, end } = response
  let inPieces = false
  response.write = function (/** @type {any[]} */ ...args) {
    inPieces = true
    return write.apply(this, /** @type {any} */ (args))
  }
  response.end = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
    if (
      !inPieces &&
      changes === changesBefore &&
      Buffer.isBuffer(chunk) &&
      response.statusCode === 200 &&
      !response.hasHeader('set-cookie') &&
      shared(response.getHeader('cache-control'))
    ) {
      keep(keyOf(request), response.getHeaders(), chunk, now)
    }
    return end.call(this, chunk, ...rest)
  }
}

/**
 * @param {string} key
 * @param {KeptPage['headers']} headers
 * @param {Buffer} body
 * @param {number} now
 */
function keep(key, headers, body, now) {
  const variesBy = String(headers.vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '')
  if (!variesBy.every((name) => VARIES_BY.includes(name))) return
  kept.delete(key)
  if (kept.size >= KEPT_AT_MOST) kept.delete(/** @type {string} */ (kept.keys().next().value))
  // What is sent again comes from a cache, whatever Next.js said of the first answer.
  const sent = 'x-nextjs-cache' in headers ? { ...headers, 'x-nextjs-cache': 'HIT' } : headers
  kept.set(key, { headers: sent, body, keptAt: now, refreshing: false })
}
