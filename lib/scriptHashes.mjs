// Next.js writes each page's data into inline scripts. Rather than allowing every inline script ('unsafe-inline'),
// the policy of an HTML response names the SHA-256 of the scripts that response holds, so a script anyone else gets
// into the page matches none and is refused. A nonce would need every page rendered per request, which the cache
// forbids; a hash needs only the bytes. Cached pages send the same bytes under the same ETag each time, so their
// policy is remembered by ETag and they stream as before; other HTML is held until complete, then hashed.
import { createHash } from 'node:crypto'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi

/**
 * The CSP source of each distinct inline script of a page; data blocks (JSON-LD) are not run, so need none.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (
      body === '' ||
      /\bsrc\s*=/i.test(attributes) ||
      /\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)
    )
      continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * The policy with the hashes added to its script-src.
 * @param {string} policy
 * @param {string[]} hashes
 */
export function policyWithScriptHashes(policy, hashes) {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .map((directive) => (/^script-src\b/.test(directive) ? [directive, ...hashes].join(' ') : directive))
    .join('; ')
}

/** @type {Record<string, (body: Buffer) => Buffer>} */
const DECODERS = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync }

/** Policies by ETag; a few hundred pages are what a crowd reads at once. */
const remembered = new Map()
const REMEMBERED_AT_MOST = 500

/** @param {string} etag @param {string} policy */
function remember(etag, policy) {
  if (remembered.size >= REMEMBERED_AT_MOST) remembered.delete(remembered.keys().next().value)
  remembered.set(etag, policy)
}

/**
 * Gives one response's policy the hashes of its inline scripts. Installed before Next.js handles the request, so
 * Next.js's compression writes through it: what it holds may be compressed, and is decoded to be hashed.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function hashInlineScripts(request, response) {
  const { writeHead, write, end, flushHeaders } = response
  /** @type {'pass' | 'hold' | undefined} */
  let mode
  /** @type {Buffer[]} */
  const held = []
  /** @type {unknown[] | undefined} */
  let heldHead

  const decide = () => {
    if (mode) return
    mode = 'pass'
    const policy = response.getHeader('content-security-policy')
    const type = String(response.getHeader('content-type') ?? '')
    if (typeof policy !== 'string') return
    const etag = response.getHeader('etag')
    const known = typeof etag === 'string' ? remembered.get(etag) : undefined
    if (known) return response.setHeader('Content-Security-Policy', known)
    // A 304 would replace the policy the browser keeps with the page; without one, the kept policy stays.
    if (response.statusCode === 304) return response.removeHeader('Content-Security-Policy')
    if (type.startsWith('text/html') && request.method !== 'HEAD') mode = 'hold'
  }

  response.writeHead = function (/** @type {unknown[]} */ ...args) {
    if (typeof args[0] === 'number') response.statusCode = args[0]
    decide()
    if (mode === 'pass') return writeHead.apply(this, args)
    heldHead = args
    return this
  }
  response.flushHeaders = function () {
    decide()
    if (mode === 'pass') flushHeaders.call(this)
  }
  response.write = function (/** @type {any} */ chunk, /** @type {unknown[]} */ ...rest) {
    decide()
    if (mode === 'pass') return write.call(this, chunk, ...rest)
    const encoding = typeof rest[0] === 'string' ? /** @type {BufferEncoding} */ (rest[0]) : undefined
    held.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding))
    const callback = rest.find((arg) => typeof arg === 'function')
    if (callback) process.nextTick(callback)
    return true
  }
  response.end = function (/** @type {any} */ chunk, /** @type {unknown[]} */ ...rest) {
    decide()
    if (mode === 'pass') return end.call(this, chunk, ...rest)
    const callback = [chunk, ...rest].find((arg) => typeof arg === 'function')
    if (chunk !== undefined && typeof chunk !== 'function')
      held.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof rest[0] === 'string' ? rest[0] : 'utf8'),
      )
    const body = Buffer.concat(held)
    const decode = DECODERS[String(response.getHeader('content-encoding') ?? '')]
    const html = (decode ? decode(body) : body).toString('utf8')
    const policy = policyWithScriptHashes(
      String(response.getHeader('content-security-policy')),
      inlineScriptHashes(html),
    )
    response.setHeader('Content-Security-Policy', policy)
    const etag = response.getHeader('etag')
    if (typeof etag === 'string' && response.statusCode === 200) remember(etag, policy)
    mode = 'pass'
    if (heldHead) writeHead.apply(this, heldHead)
    return end.call(this, body, callback)
  }
}
