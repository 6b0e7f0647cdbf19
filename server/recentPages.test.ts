import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { announcePagesChanged } from './pagesChanged.mjs'
import {
  answerFromRecentPages,
  forgetRecentPages,
  forgetRecentPagesAfterWrite,
  KEPT_FOR_MS,
  rememberRecentPage,
} from './recentPages.mjs'

const SHARED = 's-maxage=60, stale-while-revalidate=240'

describe('pages kept for a second, finished', () => {
  let server: Server
  let base: string
  /** Requests that reached the handler behind the kept pages, as Next.js would see them. */
  let rendered = 0
  /** The clock the kept pages are read by; the test moves it. */
  let now = Date.now()
  /** A render the test holds open, to see what others get meanwhile. */
  let holdNext = false
  let held: (() => void) | undefined
  /** Makes the next renders private, as a page withdrawn meanwhile would answer. */
  let privateNext = false

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (answerFromRecentPages(request, response, now)) return
      rendered += 1
      rememberRecentPage(request, response, now)
      forgetRecentPagesAfterWrite(request, response)
      const url = new URL(request.url ?? '/', 'http://x')
      // As a publish's hook announces its change, inside its transaction, long before the answer.
      if (request.method === 'POST' && !url.searchParams.has('unchanged')) announcePagesChanged()
      const status = Number(url.searchParams.get('status') ?? 200)
      response.statusCode = status
      response.setHeader('Cache-Control', privateNext ? 'private' : (url.searchParams.get('cache') ?? SHARED))
      response.setHeader('Vary', url.searchParams.get('vary') ?? 'rsc, Accept-Encoding')
      response.setHeader('ETag', `"render-${rendered}"`)
      response.setHeader('X-Nextjs-Cache', 'MISS')
      if (url.searchParams.has('cookie')) response.setHeader('Set-Cookie', 'session=1')
      const body = Buffer.from(`render ${rendered} of ${url.pathname}`)
      if (holdNext) {
        holdNext = false
        held = () => response.end(body)
        return
      }
      if (url.searchParams.has('pieces')) response.write(body.subarray(0, 3))
      response.end(url.searchParams.has('pieces') ? body.subarray(3) : body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })
  beforeEach(() => {
    forgetRecentPages()
    held = undefined
    now = Date.now()
  })

  const text = async (path: string, init?: RequestInit) => (await fetch(`${base}${path}`, init)).text()

  it('sends a shared page again without rendering it, for a second', async () => {
    const first = await fetch(`${base}/ru/a`)
    const again = await fetch(`${base}/ru/a`)
    expect(first.headers.get('x-nextjs-cache')).toBe('MISS')
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT')
    const firstText = await first.text()
    expect(await again.text()).toBe(firstText)
    now += KEPT_FOR_MS + 1
    expect(await text('/ru/a')).not.toBe(firstText)
  })

  it('keeps each address, view and encoding apart, and honours Vary', async () => {
    const standard = await text('/ru/b')
    expect(await text('/ru/b', { headers: { Cookie: 'low-vision=150-high-shown' } })).not.toBe(standard)
    expect(await text('/ru/b', { headers: { 'Accept-Encoding': 'gzip' } })).not.toBe(standard)
    expect(await text('/ru/b', { headers: { RSC: '1' } })).not.toBe(standard)
    expect(await text('/ru/b?x=1')).not.toBe(standard)
    expect(await text('/ru/b')).toBe(standard)
  })

  it('keeps nothing private, with a cookie of its own, unsuccessful, sent in pieces, varying by more, or in draft mode', async () => {
    for (const path of [
      '/p?cache=private,%20no-cache',
      '/p?cache=no-store',
      '/p?cookie',
      '/p?status=404',
      '/p?pieces',
      '/p?vary=Cookie',
    ]) {
      expect(await text(path)).not.toBe(await text(path))
    }
    const draft = { headers: { Cookie: '__prerender_bypass=1' } }
    expect(await text('/d', draft)).not.toBe(await text('/d', draft))
    expect(await text('/d', { method: 'HEAD' })).toBe('')
    expect(await text('/d')).not.toBe(await text('/d', draft))
  })

  it('answers 304 to a browser that holds the kept bytes', async () => {
    const first = await fetch(`${base}/ru/c`)
    const etag = first.headers.get('etag') ?? ''
    const again = await fetch(`${base}/ru/c`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('content-length')).toBeNull()
  })

  it('forgets every page when pages changed', async () => {
    const first = await text('/ru/e')
    announcePagesChanged()
    expect(await text('/ru/e')).not.toBe(first)
  })

  it('does not keep a page rendered from before a change', async () => {
    holdNext = true
    const rendering = fetch(`${base}/ru/h`)
    await expect.poll(() => held).toBeDefined()
    announcePagesChanged()
    held?.()
    const old = await (await rendering).text()
    expect(await text('/ru/h')).not.toBe(old)
  })

  it('forgets again, once a write that changed pages is answered, what it kept while the write ran', async () => {
    holdNext = true
    const writing = fetch(`${base}/api/publish`, { method: 'POST' })
    await expect.poll(() => held).toBeDefined()
    const meanwhile = await text('/ru/w')
    expect(await text('/ru/w')).toBe(meanwhile)
    held?.()
    await (await writing).text()
    expect(await text('/ru/w')).not.toBe(meanwhile)
  })

  it('keeps its pages through a write that changed none', async () => {
    const first = await text('/ru/u')
    await (await fetch(`${base}/api/save-draft?unchanged`, { method: 'POST' })).text()
    expect(await text('/ru/u')).toBe(first)
  })

  it('lets one request render an expired page while the others get the kept copy', async () => {
    const first = await text('/ru/f')
    now += KEPT_FOR_MS + 1
    holdNext = true
    const refreshing = fetch(`${base}/ru/f`)
    await expect.poll(() => held).toBeDefined()
    const renders = rendered
    expect(await text('/ru/f')).toBe(first)
    expect(rendered).toBe(renders)
    held?.()
    const fresh = await (await refreshing).text()
    expect(fresh).not.toBe(first)
    expect(await text('/ru/f')).toBe(fresh)
  })

  it('drops the kept copy when the render that replaces it is not one to keep', async () => {
    const first = await text('/ru/g')
    now += KEPT_FOR_MS + 1
    privateNext = true
    try {
      expect(await text('/ru/g')).not.toBe(first)
      const renders = rendered
      expect(await text('/ru/g')).not.toBe(first)
      expect(rendered).toBe(renders + 1)
    } finally {
      privateNext = false
    }
  })
})
