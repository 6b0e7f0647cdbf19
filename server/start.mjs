// `npm start`: Next.js's production server, as `next start` runs it, with additions Next.js has no place for: a
// page that fails because the database is unreachable answers 503 and a page saying so (server/outagePage.mjs),
// not 500; each page's Content-Security-Policy admits its own inline scripts by hash, no others
// (server/scriptHashes.mjs); a 404 from notFound() says so without JavaScript too (server/notFoundWithoutScript.mjs); and
// X-Forwarded-For is believed only from the load balancers named in TRUSTED_PROXIES (server/forwardedFor.mjs); and a
// page a crowd reads is sent again as finished for a second (server/recentPages.mjs); and searches render in the order
// they came, two at a time (server/searchTurns.mjs); and a write is answered once the pages it changed are expired,
// here and in the cache instances share (server/writes.mjs).
// Options as `next start`: -H host, -p port (or HOSTNAME, PORT).
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { parseTrustedProxies, settleForwardedFor } from './forwardedFor.mjs'
import { giveNotFoundItsText } from './notFoundWithoutScript.mjs'
import { answerUnavailableWhileDatabaseIsDown } from './outagePage.mjs'
import { answerFromRecentPages, forgetRecentPagesAfterWrite, rememberRecentPage } from './recentPages.mjs'
import { hashInlineScripts } from './scriptHashes.mjs'
import { serveInTurn } from './searchTurns.mjs'
import { answerWritesOnceTheirPagesExpire } from './writes.mjs'

// Before Next.js and React load: they choose their production builds by it, as `next start` makes them.
process.env.NODE_ENV ??= 'production'
const { default: next } = await import('next')

const { values } = parseArgs({
  options: { hostname: { type: 'string', short: 'H' }, port: { type: 'string', short: 'p' } },
})
const hostname = values.hostname ?? process.env.HOSTNAME
const port = Number(values.port ?? process.env.PORT ?? 3000)
// How the server reaches itself for scheduled jobs (lib/config/environment.ts), as `next start` sets it.
process.env.PORT = String(port)
// Checked before anything starts: a mistyped address would otherwise trust no proxy, silently.
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES)

const app = next({
  dev: false,
  hostname: hostname ?? 'localhost',
  port,
  // The project's root, one folder up.
  dir: path.dirname(path.dirname(fileURLToPath(import.meta.url))),
})
await app.prepare()
const handle = app.getRequestHandler()

const server = createServer((request, response) => {
  settleForwardedFor(request, trustedProxies)
  if (answerFromRecentPages(request, response)) return
  serveInTurn(request, response, () => {
    answerUnavailableWhileDatabaseIsDown(request, response)
    giveNotFoundItsText(request, response)
    // Between the layers: it keeps what the outer ones finish.
    rememberRecentPage(request, response)
    hashInlineScripts(request, response)
    forgetRecentPagesAfterWrite(request, response)
    answerWritesOnceTheirPagesExpire(request, () => handle(request, response)).catch((error) => {
      console.error(`Request ${request.method} ${request.url} failed:`, error)
      if (!response.headersSent) response.statusCode = 500
      response.end()
    })
  })
})
// A load balancer keeps idle connections open for about a minute (nginx's keepalive_timeout is 60 s) and reuses
// them; had Node closed one first (its default is 5 s), the request sent on it at that moment would be lost.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`))

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0))
