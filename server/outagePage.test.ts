import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'

import { answerUnavailableWhileDatabaseIsDown } from './outagePage.mjs'
import { noteDatabaseUnreachable } from '../lib/database/unreachable.mjs'

const NEXT_ERROR_SHELL = '<!DOCTYPE html><html id="__next_error__"><body></body></html>'

let server: Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** A real HTTP server whose handler plays Next.js; answers to `path` as fetch sees them. */
async function serve(path: string, handler: RequestListener): Promise<Response> {
  server = createServer((request, response) => {
    answerUnavailableWhileDatabaseIsDown(request, response)
    handler(request, response)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return fetch(`http://127.0.0.1:${port}${path}`)
}

/** A page Next.js failed to render because its database read failed during the request. */
const failedPage: RequestListener = (_, response) => {
  noteDatabaseUnreachable()
  response.statusCode = 500
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  response.setHeader('X-Content-Type-Options', 'nosniff')
  response.end(NEXT_ERROR_SHELL)
}

describe('a response while the database is unreachable', () => {
  it('is a 503 page in the language of the address, with Retry-After', async () => {
    const response = await serve('/kk/press-releases?page=2', failedPage)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(response.headers.get('cache-control')).toBe('no-store')
    // Headers Next.js set for every response stay.
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await response.text()
    expect(html).toContain('<html lang="kk">')
    expect(html).toContain(`<h1>${kk.ServiceUnavailable.title}</h1>`)
    expect(html).toContain(kk.Site.ministry)
    expect(html).not.toContain('__next_error__')
  })

  it('replaces a compressed, streamed body too', async () => {
    const response = await serve('/ru/search?q=x', (_, res) => {
      noteDatabaseUnreachable()
      res.statusCode = 500
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Content-Encoding', 'gzip')
      res.write(gzipSync(NEXT_ERROR_SHELL).subarray(0, 10))
      res.end(gzipSync(NEXT_ERROR_SHELL).subarray(10))
    })
    expect(response.status).toBe(503)
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(await response.text()).toContain(`<h1>${ru.ServiceUnavailable.title}</h1>`)
  })

  it("keeps the API's own body and adds Retry-After to its 503", async () => {
    const unavailable = await serve('/api/press-releases', (_, res) => {
      res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"errors":[]}')
    })
    expect(unavailable.status).toBe(503)
    expect(unavailable.headers.get('retry-after')).toBe('30')
    expect(await unavailable.text()).toBe('{"errors":[]}')
  })

  it('turns an API 500 of the outage into 503, body unchanged', async () => {
    const response = await serve('/api/users/me', (_, res) => {
      noteDatabaseUnreachable()
      res.writeHead(500, 'Internal Server Error', { 'Content-Type': 'application/json' })
      res.end('{"errors":[{"message":"An unknown error occurred."}]}')
    })
    expect(response.status).toBe(503)
    expect(response.statusText).toBe('Service Unavailable')
    expect(await response.text()).toContain('unknown error')
  })
})

describe('a response the database has nothing to do with', () => {
  it('passes untouched: a 500 of another cause stays a 500', async () => {
    noteDatabaseUnreachable()
    // The outage was noted before this request started: it is over as far as this request knows.
    const response = await serve('/en/events', (_, res) => {
      res.statusCode = 500
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(NEXT_ERROR_SHELL)
    })
    expect(response.status).toBe(500)
    expect(response.headers.get('retry-after')).toBeNull()
    expect(await response.text()).toBe(NEXT_ERROR_SHELL)
  })

  it('passes untouched: a cached page is served as it is', async () => {
    const response = await serve('/en', (_, res) => {
      noteDatabaseUnreachable()
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end('<html lang="en">cached</html>')
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<html lang="en">cached</html>')
  })
})
