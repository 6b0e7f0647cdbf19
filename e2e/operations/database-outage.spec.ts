import { writeFileSync } from 'node:fs'

import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import en from '../../messages/en.json' with { type: 'json' }
import kk from '../../messages/kk.json' with { type: 'json' }
import ru from '../../messages/ru.json' with { type: 'json' }
import { E2E_ADMIN } from '../../playwright.config'
import { paragraphsToRichText } from '../../seed/richText'
import { createPrivatePostgres, type PrivatePostgres } from '../../tests/helpers/privatePostgres'
import { type OwnServer, prepareDatabase, startOwnServer } from '../helpers/ownServer'
import { staffAuthorization } from '../helpers/staff'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

// A server of this test's own on a PostgreSQL cluster of its own, so that the database can crash, freeze and come
// back without disturbing the other tests. Ports next to the suite's own (E2E_PORT).
const SERVER_PORT = Number(process.env.E2E_PORT ?? 3100) + 1
const POSTGRES_PORT = SERVER_PORT + 1

const UNAVAILABLE = { kk: kk.ServiceUnavailable, ru: ru.ServiceUnavailable, en: en.ServiceUnavailable }
/** Pages rendered anew at each visit, whose content has not been read since the last save: they need the database. */
const UNCACHED = ['/kk/search?q=келіссөздер', '/ru/press-releases?page=1', '/en/events/past?page=1']
/** Search reads the database at every visit (its answers are never cached). Eight at once outnumber the open connections. */
const SEARCHES = ['kk', 'ru', 'en', 'kk', 'ru', 'en', 'kk', 'ru'].map(
  (locale, i) => `/${locale}/search?q=word${i}`,
)

const NEW_ACCOUNT = {
  email: 'added-before-the-crash@example.com',
  password: 'an account made before the crash',
  name: 'Added before the crash',
  role: 'author',
}

/** An answer and how long it took. */
async function timed(call: () => Promise<APIResponse>): Promise<{ response: APIResponse; seconds: number }> {
  const started = performance.now()
  const response = await call()
  return { response, seconds: (performance.now() - started) / 1000 }
}

async function expectUnavailablePage(request: APIRequestContext, path: string, maxSeconds: number) {
  const { response, seconds } = await timed(() => request.get(path, { timeout: 30_000 }))
  expect(response.status(), path).toBe(503)
  expect(seconds, `${path} answered after ${seconds.toFixed(1)} s`).toBeLessThan(maxSeconds)
  expect(response.headers()['retry-after'], path).toBe('30')
  expect(response.headers()['cache-control'], path).toBe('no-store')
  const locale = path.slice(1, 3) as keyof typeof UNAVAILABLE
  const html = await response.text()
  expect(html, path).toContain(`<html lang="${locale}">`)
  expect(html, path).toContain(`<h1>${UNAVAILABLE[locale].title}</h1>`)
}

let cluster: PrivatePostgres | undefined
let server: OwnServer | undefined

test.afterEach(async () => {
  if (!server) return
  const file = test.info().outputPath('server.log')
  writeFileSync(file, server.output())
  await test.info().attach('server output', { path: file })
})

test.afterAll(async () => {
  await server?.stop()
  await cluster?.destroy()
})

test('when the database crashes or freezes, the site answers 503 at once, serves what it has cached, keeps running and recovers with every acknowledged save', async ({
  playwright,
}) => {
  test.setTimeout(150_000)
  cluster = await createPrivatePostgres(POSTGRES_PORT)
  await cluster.createDatabase('mfa_faults_outage')
  await prepareDatabase(cluster.uri('mfa_faults_outage'), SERVER_PORT)
  server = await startOwnServer(cluster.uri('mfa_faults_outage'), SERVER_PORT)
  const request = await playwright.request.newContext({ baseURL: server.url })
  const db = cluster
  const site = server

  const saved = await test.step('an editor publishes a release, and the home pages are cached', async () => {
    // This server's database holds the seeded administrator only.
    const headers = await staffAuthorization(request, E2E_ADMIN)
    const response = await request.post('/api/press-releases?locale=en', {
      headers,
      data: {
        slug: 'saved-before-the-crash',
        title: 'Saved before the database crashed',
        summary: 'A release whose save was acknowledged before the outage.',
        body: paragraphsToRichText(['Its text must be there when the database returns.']),
        publishedAt: new Date().toISOString(),
        _status: 'published',
        ...WITHOUT_REVIEW,
      },
    })
    expect(response.status(), await response.text()).toBe(201)
    for (const locale of ['kk', 'ru', 'en']) {
      expect((await request.get(`/${locale}`)).status()).toBe(200)
      expect((await request.get(`/${locale}`)).headers()['x-nextjs-cache']).toBe('HIT')
    }
    return { slug: ((await response.json()) as { doc: { slug: string } }).doc.slug, headers }
  })

  await test.step('an administrator adds an account, and the database crashes right after: no checkpoint', async () => {
    const response = await request.post('/api/users', { headers: saved.headers, data: NEW_ACCOUNT })
    expect(response.status(), await response.text()).toBe(201)
    await db.stop('immediate')
  })

  await test.step('cached pages are still served', async () => {
    for (const locale of ['kk', 'ru', 'en']) expect((await request.get(`/${locale}`)).status()).toBe(200)
  })

  await test.step('pages that need the database answer 503 in their language at once', async () => {
    for (const path of UNCACHED) await expectUnavailablePage(request, path, 3)
  })

  await test.step('the API answers 503 too, and a save is refused rather than acknowledged', async () => {
    const read = await request.get('/api/press-releases?locale=en')
    expect(read.status()).toBe(503)
    expect(read.headers()['retry-after']).toBe('30')
    const refused = await request.post('/api/press-releases?locale=en', {
      headers: saved.headers,
      data: { title: 'Sent during the outage', summary: 'Never stored.', _status: 'draft' },
    })
    expect(refused.status()).toBe(503)
    expect(JSON.stringify(await refused.json())).toContain('temporarily unavailable')
  })

  await test.step('the database returns and the site recovers by itself', async () => {
    await db.start()
    await expect.poll(async () => (await request.get(UNCACHED[2]!)).status(), { timeout: 15_000 }).toBe(200)
  })

  await test.step('a frozen database (connections open, no answer) still gets a 503 within seconds', async () => {
    // Some of these wait on connections left open by the visits before, others on new ones.
    for (const path of SEARCHES.slice(0, 3)) expect((await request.get(path)).status()).toBe(200)
    db.freeze()
    try {
      await Promise.all(SEARCHES.map((path) => expectUnavailablePage(request, path, 10)))
      expect((await request.get('/en')).status()).toBe(200)
    } finally {
      db.thaw()
    }
    await expect.poll(async () => (await request.get(UNCACHED[1]!)).status(), { timeout: 15_000 }).toBe(200)
  })

  await test.step('every save acknowledged before the crash is there; the refused one is not', async () => {
    const page = await request.get(`/en/press-releases/${saved.slug}`)
    expect(page.status()).toBe(200)
    expect(await page.text()).toContain('Saved before the database crashed')
    const accounts = await request.get(`/api/users?where[email][equals]=${NEW_ACCOUNT.email}`, {
      headers: saved.headers,
    })
    expect(((await accounts.json()) as { totalDocs: number }).totalDocs).toBe(1)
    const refused = await request.get(
      '/api/press-releases?draft=true&where[title][equals]=Sent during the outage&locale=en',
      { headers: saved.headers },
    )
    expect(((await refused.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  expect(site.running(), 'the server process lived through the outages').toBe(true)
})
