// Queries a visitor can type into the address bar: odd ones get a clear 400, costly ones a cap, and none a 500.
import { expect, test, type APIRequestContext } from '@playwright/test'

import { hostileQueries } from '../helpers/hostileQueries'

test.describe('hostile queries', () => {
  test('a query the database cannot answer is refused with a 400 that says why', async ({ request }) => {
    for (const query of [
      'where[publishedAt][greater_than]=notadate',
      'where[title][near]=1,2',
      'where[title][equals][$ne]=1',
      'where[id][equals]=abc',
      'where[heroImage][in]=false',
      'where[password][exists]=true',
      'sort=password',
      'locale=xx',
      'fallback-locale=../../etc',
    ]) {
      const response = await request.get(`/api/press-releases?${query}`)
      expect(response.status(), query).toBe(400)
      const body = (await response.json()) as { errors: { message: string }[] }
      expect(body.errors[0]?.message, query).toMatch(/^Bad query: /)
    }
  })

  test('one request reads at most 100 documents, whatever it asks', async ({ request }) => {
    for (const query of ['limit=100000', 'limit=0', 'limit=-1', 'pagination=false']) {
      const response = await request.get(`/api/media?depth=0&${query}`)
      expect(response.status(), query).toBe(200)
      const body = (await response.json()) as { docs: unknown[]; limit: number; totalDocs: number }
      // Asked for nothing in particular, a page has Payload's default of 10.
      expect(body.limit, query).toBe(query === 'pagination=false' ? 10 : 100)
      expect(body.docs.length, query).toBe(Math.min(body.limit, body.totalDocs))
    }
  })

  test('thousands of random and hostile query strings never get a 500', async ({ request }) => {
    test.setTimeout(240_000)
    const targets = [
      '/api/press-releases',
      '/api/events',
      '/api/topics',
      '/api/media',
      '/api/users',
      '/api/press-releases/count',
      '/api/events/1',
      '/api/globals/site',
      '/ru/search',
      '/kk/press-releases',
    ]
    const queries = hostileQueries(2026, 3000)
    const failures = await statusesAbove499(
      request,
      queries.map((query, n) => `${targets[n % targets.length]}?${query}`),
    )
    expect(failures).toEqual([])
  })
})

/** Requests the addresses eight at a time; returns those answered with a server error. */
async function statusesAbove499(request: APIRequestContext, addresses: string[]): Promise<string[]> {
  const failures: string[] = []
  let next = 0
  const worker = async () => {
    while (next < addresses.length) {
      const address = addresses[next++]!
      const response = await request.get(address, { maxRedirects: 0, timeout: 20_000 })
      if (response.status() >= 500) failures.push(`${response.status()} ${address}`)
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  return failures
}
