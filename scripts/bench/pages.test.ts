import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { RECENT_COPY_AT_MOST_MS } from '@/server/recentPages.mjs'

import { keptSeconds, lastingAnswers, type Page } from './pages'

const KEPT_SECONDS = 1

/**
 * A site keeping one page as Next.js and server/recentPages.mjs do: the first render is sent at once (MISS); after
 * s-maxage the old copy goes once more (STALE) while the page is rendered again, and each answer is then resent
 * marked HIT for as long as the site keeps its recent copies. The renders differ as a blocking and a background render
 * of one page do.
 */
function keptPageSite(): Server {
  const renders = [gzipSync('<p>first render, rows as they came</p>'), gzipSync('<p>background render</p>')]
  let rendered = 0
  let renderedAt = 0
  let recent: { body: Buffer; at: number } | undefined
  return createServer((request, response) => {
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'content-encoding': 'gzip',
      'cache-control': `s-maxage=${KEPT_SECONDS}, stale-while-revalidate=240`,
    }
    if (request.url === '/search') {
      response.writeHead(200, { ...headers, 'cache-control': 'private, no-cache, no-store' })
      return response.end(gzipSync('<p>results</p>'))
    }
    const now = Date.now()
    if (recent && now - recent.at <= RECENT_COPY_AT_MOST_MS) {
      response.writeHead(200, { ...headers, 'x-nextjs-cache': 'HIT' })
      return response.end(recent.body)
    }
    let status = 'HIT'
    if (rendered === 0) {
      status = 'MISS'
      rendered = 1
      renderedAt = now
    } else if (rendered === 1 && now - renderedAt > KEPT_SECONDS * 1000) {
      status = 'STALE'
      setTimeout(() => (rendered = 2), 50)
    }
    const body = renders[status === 'STALE' ? 0 : rendered - 1] as Buffer
    recent = { body, at: now }
    response.writeHead(200, { ...headers, 'x-nextjs-cache': status })
    response.end(body)
  })
}

let site: Server | undefined
afterEach(() => site?.close())

const pages: Page[] = [
  { name: 'release', label: 'release', path: '/release', cached: true },
  { name: 'search', label: 'search', path: '/search', cached: false },
]

describe('the answers a round measures', () => {
  it('are the background render that visitors get once a kept page was first rendered', async () => {
    site = keptPageSite().listen(0, '127.0.0.1')
    await new Promise((resolve) => site?.once('listening', resolve))
    const base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`

    const answers = await lastingAnswers(base, pages)

    expect(answers.get('release')?.body).toEqual(gzipSync('<p>background render</p>'))
    expect(answers.get('release')?.headers['x-nextjs-cache']).toBe('HIT')
    expect(answers.get('search')?.body).toEqual(gzipSync('<p>results</p>'))
  }, 20_000)

  it('read how long a page is kept from its s-maxage', () => {
    const answer = (cacheControl: string) => ({
      headers: { 'cache-control': cacheControl },
      body: Buffer.alloc(0),
    })
    expect(keptSeconds(answer('s-maxage=60, stale-while-revalidate=240'))).toBe(60)
    expect(keptSeconds(answer('private, no-cache, no-store'))).toBeUndefined()
  })
})
