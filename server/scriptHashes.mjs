// Next.js writes each page's data into inline scripts. Rather than allowing every inline script ('unsafe-inline'),
// the policy of an HTML response names the SHA-256 of the scripts that response holds, so a script anyone else gets
// into the page matches none and is refused. A nonce would need every page rendered per request, which the cache
// forbids; a hash needs only the bytes. Cached pages send the same bytes under the same ETag each time, so their
// policy is remembered by ETag and they stream as before; other HTML is held until complete, then hashed.
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

/** Policies by ETag; a few hundred pages are what a crowd reads at once. */
const remembered = new Map()
const REMEMBERED_AT_MOST = 500

/** @param {string} etag @param {string} policy */
function remember(etag, policy) {
  if (remembered.size >= REMEMBERED_AT_MOST) remembered.delete(remembered.keys().next().value)
  remembered.set(etag, policy)
}

/**
 * Gives one response's policy the hashes of its inline scripts.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function hashInlineScripts(request, response) {
  holdWholeResponse(response, {
    hold: () => {
      const policy = response.getHeader('content-security-policy')
      if (typeof policy !== 'string') return false
      const etag = response.getHeader('etag')
      const known = typeof etag === 'string' ? remembered.get(etag) : undefined
      if (known) {
        response.setHeader('Content-Security-Policy', known)
        return false
      }
      // A 304 would replace the policy the browser keeps with the page; without one, the kept policy stays.
      if (response.statusCode === 304) {
        response.removeHeader('Content-Security-Policy')
        return false
      }
      const type = String(response.getHeader('content-type') ?? '')
      return type.startsWith('text/html') && request.method !== 'HEAD'
    },
    complete: (html) => {
      const policy = policyWithScriptHashes(
        String(response.getHeader('content-security-policy')),
        inlineScriptHashes(html),
      )
      response.setHeader('Content-Security-Policy', policy)
      const etag = response.getHeader('etag')
      if (typeof etag === 'string' && response.statusCode === 200) remember(etag, policy)
      return undefined
    },
  })
}
