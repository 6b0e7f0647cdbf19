// Headers every response carries: pages, the API, the admin and static files alike.

/**
 * The Content-Security-Policy. Scripts come from the site itself, and inline ones only by the hash that server/start.mjs
 * adds to each page's policy (server/scriptHashes.mjs); styles may be inline, as Next.js's and Payload's are.
 * Everything else is closed: no plugins, no foreign base URL or form target, no framing by other sites (the admin's
 * live preview frames the site itself).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]
const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ')

/**
 * `next dev` serves pages that server/start.mjs never sees, so it cannot hash their inline scripts, and React's
 * development build and Fast Refresh evaluate code from strings. Development alone admits both; its hot-reload
 * websocket is on the page's own origin, which 'self' already covers.
 */
const DEVELOPMENT_POLICY = DIRECTIVES.map((directive) =>
  directive.startsWith('script-src ') ? `${directive} 'unsafe-inline' 'unsafe-eval'` : directive,
).join('; ')

/** @param {string} policy */
function headersWith(policy) {
  return [
    { key: 'Content-Security-Policy', value: policy },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // The site uses none of these; a script that got in could not either.
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
    // Browsers heed it only over HTTPS, so it is safe to send on a plain-HTTP demo too.
    { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  ]
}

/** What `next build` bakes into the build, and so what `npm start` and `npm run demo` send. */
export const SECURITY_HEADERS = headersWith(CONTENT_SECURITY_POLICY)

/** What `next dev` sends (next.config.mjs chooses by Next.js's phase). */
export const DEVELOPMENT_SECURITY_HEADERS = headersWith(DEVELOPMENT_POLICY)
