// What a visitor gets while the database is unreachable: 503 and a page in their language, instead of the 500 and
// the script-only error shell Next.js answers for a page it cannot render. Next.js gives a page no way to choose
// that status, so server/start.mjs applies this to every response; pages already in the cache are served as usual.
import { escapeHtml, messagesOf, pageLocale } from './messages.mjs'
import { databaseUnreachableSince, RETRY_AFTER_SECONDS } from '../lib/database/unreachable.mjs'

/**
 * The page, complete in itself: it must not need the database, the cache or a script.
 * @param {string} locale
 */
export function unavailablePage(locale) {
  const t = messagesOf(locale)
  const { title, text, home } = t.ServiceUnavailable
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — ${escapeHtml(t.Site.ministry)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#0f172a}header{background:#0b3a5b;color:#fff;padding:1rem 1.5rem;font-weight:700}main{max-width:40rem;padding:2rem 1.5rem;line-height:1.5}a{color:#0b3a5b}</style>
</head>
<body>
<header>${escapeHtml(t.Site.ministry)}</header>
<main id="main-content">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(text)}</p>
<p><a href="/${locale}">${escapeHtml(home)}</a></p>
</main>
</body>
</html>
`
}

/** Headers of the page Next.js was sending that do not describe ours. */
const NOT_OURS = [
  'content-encoding',
  'content-length',
  'etag',
  'link',
  'x-nextjs-cache',
  'x-nextjs-prerender',
]

/**
 * Watches one response from its first byte. A 500 given while the database was found unreachable (during this
 * request) becomes 503 with Retry-After; on a public page Next.js's body is replaced by the page above. Any other
 * 503 (the API's, from lib/database/connectionErrors.ts) gets Retry-After too. Everything else passes untouched.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function answerUnavailableWhileDatabaseIsDown(request, response) {
  const startedAt = performance.now()
  const { writeHead, write, end } = response
  /** Undecided until the headers go out; then the replacement page, or null to pass Next.js's body through. */
  let replacement = /** @type {string | null | undefined} */ (undefined)

  /** @param {number} status */
  const decide = (status) => {
    if (replacement !== undefined || response.headersSent) return
    replacement = null
    if (status === 500 && databaseUnreachableSince(startedAt)) {
      response.statusCode = 503
      const locale = pageLocale(request.url)
      const contentType = String(response.getHeader('content-type') ?? '')
      if (locale && contentType.startsWith('text/html')) {
        replacement = unavailablePage(locale)
        for (const name of NOT_OURS) response.removeHeader(name)
        response.setHeader('Content-Type', 'text/html; charset=utf-8')
        response.setHeader('Content-Length', Buffer.byteLength(replacement))
      }
      response.setHeader('Cache-Control', 'no-store')
    }
    if (response.statusCode === 503 || status === 503) response.setHeader('Retry-After', RETRY_AFTER_SECONDS)
  }

  response.writeHead = function (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
    decide(status)
    if (status !== 500 || response.statusCode !== 503) return writeHead.call(this, status, ...rest)
    // Next.js's reason phrase ("Internal Server Error") goes; so do its headers if the body is replaced.
    const headers = typeof replacement === 'string' ? undefined : rest.find((arg) => typeof arg === 'object')
    return writeHead.call(this, 503, headers)
  }
  response.write = function (/** @type {unknown[]} */ ...args) {
    decide(response.statusCode)
    if (typeof replacement !== 'string') return write.apply(this, args)
    const callback = args.find((arg) => typeof arg === 'function')
    if (callback) process.nextTick(callback)
    return true
  }
  response.end = function (/** @type {unknown[]} */ ...args) {
    decide(response.statusCode)
    if (typeof replacement !== 'string') return end.apply(this, args)
    return end.call(
      this,
      replacement,
      'utf8',
      args.find((arg) => typeof arg === 'function'),
    )
  }
}
