// Next.js writes each page's data into inline scripts. Rather than allowing every inline script ('unsafe-inline'),
// the policy of an HTML response names the SHA-256 of the scripts that response holds, so a script anyone else gets
// into the page matches none and is refused. A nonce would need every page rendered per request, which the cache
// forbids; a hash needs only the bytes. HTML is held until complete; a cached page sends the same bytes each time,
// so its policy is remembered by the bytes' fingerprint, which is also the page's ETag.
import { createHash } from 'node:crypto'

import { holdWholeResponse } from './wholeResponse.mjs'

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

/** Policies by fingerprint; a few hundred pages are what a crowd reads at once. */
const remembered = new Map()
const REMEMBERED_AT_MOST = 500

/** @param {string} fingerprint @param {string} policy */
function remember(fingerprint, policy) {
  if (remembered.size >= REMEMBERED_AT_MOST) remembered.delete(remembered.keys().next().value)
  remembered.set(fingerprint, policy)
}

/**
 * The ETag of a page's bytes. Hashed natively: Next.js's own ETag (turned off in next.config.mjs) hashes the page
 * in JavaScript, a character at a time, and took a fifth of the server's time on cached pages.
 * @param {Buffer} bytes
 */
export function fingerprint(bytes) {
  return `"${createHash('sha1').update(bytes).digest('base64url')}"`
}

/**
 * Whether a browser's If-None-Match names these bytes' ETag.
 * @param {string | undefined} header @param {string} etag
 */
export function matches(header, etag) {
  return (
    header !== undefined &&
    header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
  )
}

/**
 * Gives one HTML response its policy, naming the hashes of its inline scripts, and its ETag; answers 304 to a
 * browser that already holds those bytes. A page is fingerprinted each time, and hashed for its scripts only the
 * first time its fingerprint is seen.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function hashInlineScripts(request, response) {
  holdWholeResponse(response, {
    hold: () =>
      typeof response.getHeader('content-security-policy') === 'string' &&
      String(response.getHeader('content-type') ?? '').startsWith('text/html') &&
      request.method !== 'HEAD',
    complete: ({ bytes, text }) => {
      const etag = fingerprint(bytes)
      let policy = remembered.get(etag)
      if (!policy) {
        policy = policyWithScriptHashes(
          String(response.getHeader('content-security-policy')),
          inlineScriptHashes(text()),
        )
        if (response.statusCode === 200) remember(etag, policy)
      }
      response.setHeader('Content-Security-Policy', policy)
      if (response.statusCode !== 200) return undefined
      response.setHeader('ETag', etag)
      if (matches(request.headers['if-none-match'], etag)) response.statusCode = 304
      return undefined
    },
  })
}
