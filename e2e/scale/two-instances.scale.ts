// Several instances, one truth: two servers of one build on one PostgreSQL database and one Redis
// (e2e/scale/instances.ts). Run with SCALE_SHARED_CACHE=off to see it fail: each instance then keeps its own cache.
// These tests speak to each instance directly, past nginx: what they check is that what one instance saves, the other
// shows at once, and nginx would choose the instance (and keep pages a second itself: front-cache.scale.ts).
import { type APIRequestContext, request as playwrightRequest } from '@playwright/test'
import { createClient } from '@redis/client'
import pg from 'pg'
import sharp from 'sharp'

import { expect, staffHeaders, test } from './deployment'
import type { Deployment } from './instances'
import { paragraphsToRichText } from '../../seed/richText'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

interface Instance {
  name: string
  api: APIRequestContext
}

let deployment: Deployment
let a: Instance
let b: Instance
let headers: { Authorization: string }

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ deployment: started }) => {
  deployment = started
  const [first, second] = await Promise.all(
    deployment.instances.map(async ({ name, url }) => ({
      name,
      api: await playwrightRequest.newContext({ baseURL: url }),
    })),
  )
  a = first!
  b = second!
  headers = await staffHeaders(a.api)
})

test.afterAll(async () => {
  await Promise.all([a?.api.dispose(), b?.api.dispose()])
})

async function publishedRelease(instance: Instance): Promise<{ id: number; slug: string }> {
  const response = await instance.api.get('/api/press-releases?locale=ru&limit=1&sort=-publishedAt&depth=0')
  expect(response.ok()).toBe(true)
  const { docs } = (await response.json()) as { docs: { id: number; slug: string }[] }
  expect(docs[0]).toBeDefined()
  return docs[0]!
}

async function createPublished(
  instance: Instance,
  title: string,
  slug: string,
): Promise<{ id: number; slug: string }> {
  const response = await instance.api.post('/api/press-releases?locale=ru', {
    headers,
    data: {
      title,
      slug,
      summary: 'Проверка нескольких экземпляров',
      body: paragraphsToRichText(['Текст проверки.']),
      publishedAt: '2018-06-01T05:00:00.000Z',
      _status: 'published',
      ...WITHOUT_REVIEW,
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  const { doc } = (await response.json()) as { doc: { id: number; slug: string } }
  return doc
}

test('an edit published on A is on B at its very next request, and both serve it from the cache', async () => {
  const release = await publishedRelease(a)
  const address = `/ru/press-releases/${release.slug}`
  for (const instance of [a, b]) {
    await instance.api.get(address)
    const cached = await instance.api.get(address)
    expect(cached.status(), instance.name).toBe(200)
    expect(cached.headers()['x-nextjs-cache'], instance.name).toBe('HIT')
  }

  const title = `Исправленный заголовок ${Date.now()}`
  const sent = performance.now()
  const edited = await a.api.patch(`/api/press-releases/${release.id}?locale=ru`, {
    headers,
    data: { ...WITHOUT_REVIEW, title, _status: 'published' },
  })
  expect(edited.ok()).toBe(true)
  const acknowledged = performance.now()
  const first = await b.api.get(address)
  const seen = performance.now()
  console.log(
    `Publish on A seen on B: ${Math.round(seen - sent)} ms after the edit was sent ` +
      `(A acknowledged it in ${Math.round(acknowledged - sent)} ms; B's first request took ${Math.round(seen - acknowledged)} ms)`,
  )
  expect((await first.text()).includes(title), 'B shows the new title at once').toBe(true)
  expect(seen - sent).toBeLessThan(3000)
  expect((await (await a.api.get(address)).text()).includes(title), 'A shows it too').toBe(true)
  expect((await b.api.get(address)).headers()['x-nextjs-cache']).toBe('HIT')
})

test('an edit is on B at its very next request also when the shared cache takes it slowly', async () => {
  // Next.js expires a change's pages after it has answered the request unless told to wait: B, asked at once, still
  // sent its copy of the last second. Redis stalled for half a second while A saves makes that window certain.
  expect(deployment.redisUrl, 'the deployment shares its cache through Redis').not.toBeNull()
  const release = await publishedRelease(a)
  const address = `/ru/press-releases/${release.slug}`
  await b.api.get(address)
  expect((await b.api.get(address)).headers()['x-nextjs-cache']).toBe('HIT')

  const redis = createClient({ url: deployment.redisUrl! })
  await redis.connect()
  try {
    const stalled = redis.sendCommand(['DEBUG', 'SLEEP', '0.5'])
    const title = `Заголовок при медленном кэше ${Date.now()}`
    const edited = await a.api.patch(`/api/press-releases/${release.id}?locale=ru`, {
      headers,
      data: { ...WITHOUT_REVIEW, title, _status: 'published' },
    })
    expect(edited.ok()).toBe(true)
    const first = await b.api.get(address)
    await stalled
    expect((await first.text()).includes(title), 'B shows the new title at once').toBe(true)
  } finally {
    await redis.quit()
  }
})

test('a photo uploaded through A is served by B, from the one bucket', async () => {
  const photo = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#00afca' } })
    .jpeg()
    .toBuffer()
  const uploaded = await a.api.post('/api/media?locale=ru', {
    headers,
    multipart: {
      file: { name: `scale-${Date.now()}.jpg`, mimeType: 'image/jpeg', buffer: photo },
      _payload: JSON.stringify({ alt: 'Проверка общего хранилища', credit: 'Пресс-служба МИД' }),
    },
  })
  expect(uploaded.status(), await uploaded.text()).toBe(201)
  const { doc } = (await uploaded.json()) as { doc: { filename: string } }
  expect(await deployment.s3!.objects()).toContain(doc.filename)

  const served = await b.api.get(`/api/media/file/${doc.filename}`)
  expect(served.status()).toBe(200)
  expect(Buffer.from(await served.body()).equals(photo)).toBe(true)
  // The seed's photos went to the bucket too: a release page's images answer on both.
  const page = await (await b.api.get('/ru/press-releases')).text()
  const image = /\/api\/media\/file\/[^"?\s]+\.webp/.exec(page)?.[0]
  expect(image).toBeDefined()
  for (const instance of [a, b]) expect((await instance.api.get(image!)).status(), instance.name).toBe(200)
})

test('nothing acknowledged is lost while both instances take writes and serve pages', async () => {
  const reading = { stop: false, pages: 0, failures: [] as string[] }
  const readers = [a, b].map(async (instance) => {
    while (!reading.stop) {
      for (const path of ['/ru/press-releases', '/ru', '/kk/press-releases', '/en']) {
        const response = await instance.api.get(path)
        reading.pages += 1
        if (response.status() !== 200) reading.failures.push(`${instance.name} ${path}: ${response.status()}`)
      }
    }
  })
  const stamp = Date.now()
  const titles = Array.from({ length: 16 }, (_, index) => `Нагрузочная проверка ${stamp} № ${index + 1}`)
  const created: { id: number; slug: string; title: string; on: Instance }[] = []
  // Four writers at a time, alternating between the instances.
  for (let start = 0; start < titles.length; start += 4) {
    const batch = titles.slice(start, start + 4).map(async (title, offset) => {
      const on = (start + offset) % 2 === 0 ? a : b
      const slug = `scale-check-${stamp}-${start + offset + 1}`
      created.push({ ...(await createPublished(on, title, slug)), title, on })
    })
    await Promise.all(batch)
  }
  reading.stop = true
  await Promise.all(readers)
  console.log(`${created.length} releases created on A and B while ${reading.pages} pages were served`)
  expect(reading.failures).toEqual([])
  expect(created).toHaveLength(titles.length)

  for (const release of created) {
    const other = release.on === a ? b : a
    const stored = await other.api.get(`/api/press-releases/${release.id}?locale=ru&depth=0`)
    expect(stored.ok(), release.title).toBe(true)
    expect(((await stored.json()) as { title: string }).title).toBe(release.title)
    for (const instance of [a, b]) {
      const page = await instance.api.get(`/ru/press-releases/${release.slug}`)
      expect(page.status(), `${release.title} on ${instance.name}`).toBe(200)
      expect(await page.text()).toContain(release.title)
    }
  }
})

test('a publish scheduled while both instances run jobs happens once', async () => {
  test.setTimeout(60_000)
  const stamp = Date.now()
  const draft = await a.api.post('/api/press-releases?locale=ru&draft=true', {
    headers,
    data: {
      title: `Запланированная публикация ${stamp}`,
      slug: `scheduled-once-${stamp}`,
      summary: 'Публикуется по расписанию',
      body: paragraphsToRichText(['Текст.']),
      publishedAt: '2018-06-01T05:00:00.000Z',
      _status: 'draft',
    },
  })
  expect(draft.ok()).toBe(true)
  const { doc } = (await draft.json()) as { doc: { id: number; slug: string; title: string } }
  const address = `/ru/press-releases/${doc.slug}`
  expect((await b.api.get(address)).status()).toBe(404)

  const database = new pg.Client({ connectionString: deployment.databaseUri })
  await database.connect()
  try {
    const versions = async () =>
      Number(
        (
          await database.query(
            // Publishing one language also saves a snapshot of the others: one run, one version besides it.
            'SELECT count(*) AS n FROM _press_releases_v WHERE parent_id = $1 AND snapshot IS NOT TRUE',
            [doc.id],
          )
        ).rows[0].n,
      )
    const before = await versions()
    // What Payload's "schedule publish" writes (payload.jobs.queue); both instances find it due at their next tick.
    const { rows } = await database.query(
      `INSERT INTO payload_jobs (task_slug, queue, wait_until, input)
       VALUES ('schedulePublish', 'default', now(), $1) RETURNING id`,
      [{ type: 'publish', locale: 'ru', doc: { relationTo: 'press-releases', value: String(doc.id) } }],
    )
    // Payload deletes a job once it has run; without the lock both instances may claim it in the same tick.
    await expect
      .poll(
        async () =>
          (await database.query('SELECT id FROM payload_jobs WHERE id = $1', [rows[0].id])).rowCount,
        { timeout: 30_000, intervals: [500] },
      )
      .toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 3000))
    // Each run of the task saves a version and asks for one cache refresh.
    expect((await versions()) - before).toBe(1)
  } finally {
    await database.end()
  }
  const page = await b.api.get(address)
  expect(page.status()).toBe(200)
  expect(await page.text()).toContain(doc.title)
})
