import { createHash } from 'node:crypto'
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  fingerprint,
  hashInlineScripts,
  inlineScriptHashes,
  policyWithScriptHashes,
} from './scriptHashes.mjs'

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`
const SCRIPT = 'self.__next_f.push([1,"Қазақстан"])'
const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/a.js" async></script></head><body>
<script>${SCRIPT}</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script>${SCRIPT}</script></body></html>`
const GZIPPED = gzipSync(PAGE)

describe('inline script hashes', () => {
  it('name each distinct inline script once, and neither scripts from files nor data blocks', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([hashOf(SCRIPT)])
  })

  it('go into script-src only', () => {
    expect(
      policyWithScriptHashes("default-src 'self'; script-src 'self'; object-src 'none'", ["'sha256-x'"]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-x'; object-src 'none'")
  })
})

describe('a response through hashInlineScripts', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    server = createServer((request, response) => {
      response.setHeader('Content-Security-Policy', "script-src 'self'")
      hashInlineScripts(request, response)
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      // As Next.js's compression sends it: encoded, in pieces, after writing the head (its _implicitHeader), or
      // after asking the headers to go out.
      response.setHeader('Content-Encoding', 'gzip')
      if (request.url === '/flushed') response.flushHeaders()
      else response.writeHead(200)
      response.write(GZIPPED.subarray(0, 20))
      response.end(GZIPPED.subarray(20))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it.each(['/page', '/flushed'])(
    'carries a policy naming the scripts of the page it sends, whole (%s)',
    async (path) => {
      const response = await fetch(`${base}${path}`)
      expect(response.headers.get('content-security-policy')).toBe(`script-src 'self' ${hashOf(SCRIPT)}`)
      expect(await response.text()).toBe(PAGE)
    },
  )

  it('names the bytes it sends by their fingerprint, and answers 304 with the policy to a browser that holds them', async () => {
    const first = await fetch(`${base}/page`)
    const etag = first.headers.get('etag')
    expect(etag).toBe(fingerprint(GZIPPED))
    const again = await fetch(`${base}/page`, { headers: { 'If-None-Match': `"other", ${etag}` } })
    expect(again.status).toBe(304)
    expect(again.headers.get('content-security-policy')).toBe(`script-src 'self' ${hashOf(SCRIPT)}`)
    expect(await again.text()).toBe('')
    expect((await fetch(`${base}/page`, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200)
  })

  it('says the length of the compressed page it sends whole, rather than sending it in chunks', async () => {
    // A chunked page kept by nginx was served with its last chunk apart, which waited 40 ms for the client's ack.
    const answer = (method: string) =>
      new Promise<{ response: IncomingMessage; body: Buffer }>((resolve, reject) => {
        const sent = httpRequest(`${base}/page`, { method }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => resolve({ response, body: Buffer.concat(chunks) }))
        })
        sent.on('error', reject).end()
      })
    const { response, body } = await answer('GET')
    expect(response.headers['transfer-encoding']).toBeUndefined()
    expect(response.headers['content-length']).toBe(String(GZIPPED.length))
    expect(body.equals(GZIPPED)).toBe(true)
    // A HEAD's body is empty by definition, not a page of no bytes.
    expect((await answer('HEAD')).response.headers['content-length']).not.toBe('0')
  })
})
