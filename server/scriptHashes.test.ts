import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
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
      // As Next.js's compression sends it: encoded, in pieces, after the headers were asked to go out.
      response.setHeader('Content-Encoding', 'gzip')
      response.flushHeaders()
      response.write(GZIPPED.subarray(0, 20))
      response.end(GZIPPED.subarray(20))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('carries a policy naming the scripts of the page it sends, whole', async () => {
    const response = await fetch(`${base}/page`)
    expect(response.headers.get('content-security-policy')).toBe(`script-src 'self' ${hashOf(SCRIPT)}`)
    expect(await response.text()).toBe(PAGE)
  })

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
})
