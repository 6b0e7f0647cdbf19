// PostgreSQL restarted under both running instances, with editors saving and visitors reading through nginx all along.
// The cluster is the scale test's own (e2e/scale/instances.ts); the machine's shared one is never touched.
import { expect, staffHeaders, test, throughNginx } from './deployment'
import { proxiedRequests, type ProxiedRequest } from './load'
import { paragraphsToRichText } from '../../seed/richText'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The instances that answered a health check with 200 after `since`, as nginx logged them. */
const healthyAgain = (requests: ProxiedRequest[], since: number) =>
  [
    ...new Set(
      requests
        .filter(
          ({ at, request, status }) => at > since && status === 200 && request.startsWith('GET /api/health'),
        )
        .map(({ upstreams }) => upstreams.at(-1)),
    ),
  ].sort()

interface Save {
  at: number
  title: string
  status: number | string
  id?: number
}

test('PostgreSQL restarted under both instances: health 503 then 200, pages back within seconds, nothing acknowledged lost', async ({
  deployment,
}) => {
  test.setTimeout(180_000)
  const database = deployment.database
  if (!database) throw new Error('The deployment has no database')
  const api = await throughNginx(deployment)
  const headers = await staffHeaders(api)
  const processes = deployment.instances.map(({ server }) => server.process)
  const search = `${deployment.url}/ru/search?q=${encodeURIComponent('визит')}`

  let going = true
  const health: { sent: number; at: number; status: number }[] = []
  const monitor = (async () => {
    while (going) {
      const sent = Date.now()
      const status = await fetch(`${deployment.url}/api/health`, {
        signal: AbortSignal.timeout(10_000),
      }).then(
        (response) => response.status,
        () => 0,
      )
      health.push({ sent, at: Date.now(), status })
      await pause(100)
    }
  })()
  const stamp = Date.now()
  const saves: Save[] = []
  // Two editors saving one new release after another, through nginx (which never repeats a save).
  const editors = [1, 2].map(async (editor) => {
    for (let n = 1; going; n++) {
      const title = `Сохранено при перезапуске базы ${stamp} ${editor}-${n}`
      const save: Save = { at: Date.now(), title, status: 'not answered' }
      try {
        const response = await api.post('/api/press-releases?locale=ru', {
          headers,
          timeout: 20_000,
          data: {
            title,
            slug: `database-restart-${stamp}-${editor}-${n}`,
            summary: 'Проверка перезапуска базы данных',
            body: paragraphsToRichText(['Текст.']),
            publishedAt: '2019-03-01T05:00:00.000Z',
            _status: 'published',
            ...WITHOUT_REVIEW,
          },
        })
        save.status = response.status()
        if (response.status() === 201) save.id = ((await response.json()) as { doc: { id: number } }).doc.id
      } catch (error) {
        save.status = error instanceof Error ? error.message.split('\n')[0]! : String(error)
      }
      save.at = Date.now()
      saves.push(save)
      await pause(100)
    }
  })

  let stoppedAt = 0
  let downAt = 0
  let startingAt = 0
  let restartedAt = 0
  let pagesBackAt = 0
  try {
    await pause(2_000)
    stoppedAt = Date.now()
    // A crash, as the harshest restart: no checkpoint, PostgreSQL replays its log when it starts.
    await database.stop('immediate')
    downAt = Date.now()
    await expect
      .poll(() => health.some(({ at, status }) => at > stoppedAt && status === 503), { timeout: 10_000 })
      .toBe(true)
    await expect.poll(async () => (await fetch(search)).status, { timeout: 10_000 }).toBe(503)
    await pause(2_000)
    // The database answers a little before pg_ctl, polling, says it has started: "down" ends when the start begins.
    startingAt = Date.now()
    await database.start()
    restartedAt = Date.now()
    await expect
      .poll(async () => (await fetch(search)).status, { timeout: 30_000, intervals: [100] })
      .toBe(200)
    pagesBackAt = Date.now()
    // Saves after the restart too.
    await expect
      .poll(() => saves.filter(({ at, id }) => id && at > restartedAt).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2)
    // And both instances healthy again, neither restarted: nginx's log says which one answered each health check.
    // (Waited for: the monitor's few checks since the restart may all have gone to one instance.)
    await expect
      .poll(() => healthyAgain(proxiedRequests(deployment.accessLog), restartedAt), { timeout: 30_000 })
      .toEqual(deployment.instances.map(({ port }) => `127.0.0.1:${port}`).sort())
  } finally {
    going = false
    await Promise.all([monitor, ...editors])
  }

  const acknowledged = saves.filter((save) => save.id !== undefined)
  const unanswered = saves.filter((save) => save.id === undefined)
  const firstHealthy = health.find(({ at, status }) => at > restartedAt && status === 200)
  console.log(
    `PostgreSQL down for ${((restartedAt - stoppedAt) / 1000).toFixed(1)} s: search answered again ` +
      `${pagesBackAt - restartedAt} ms after it was back, /api/health 200 after ${
        firstHealthy ? firstHealthy.at - restartedAt : '—'
      } ms (statuses seen: ${[...new Set(health.map(({ status }) => status))].join(', ')}); ` +
      `${saves.length} saves sent: ${acknowledged.length} acknowledged ` +
      `(${acknowledged.filter(({ at }) => at < stoppedAt).length} before the crash, ` +
      `${acknowledged.filter(({ at }) => at > restartedAt).length} after the restart), others: ` +
      `${
        [...new Set(unanswered.map(({ status }) => status))]
          .map((status) => `${unanswered.filter((save) => save.status === status).length} × ${status}`)
          .join(', ') || 'none'
      }`,
  )

  expect(pagesBackAt - restartedAt).toBeLessThan(10_000)
  // 503 from the instances, passed on: nginx never took the outage for dead instances (that would be 502).
  expect(health.filter(({ status }) => status !== 200 && status !== 503)).toEqual([])
  expect(health.filter(({ sent, at, status }) => sent > downAt && at < startingAt && status === 200)).toEqual(
    [],
  )
  expect(deployment.instances.map(({ server }) => server.process)).toEqual(processes)
  expect(processes.every((child) => child.exitCode === null && child.signalCode === null)).toBe(true)

  expect(acknowledged.filter(({ at }) => at < stoppedAt).length).toBeGreaterThan(0)
  for (const save of acknowledged) {
    const stored = await api.get(`/api/press-releases/${save.id}?locale=ru&depth=0`)
    expect(stored.status(), save.title).toBe(200)
    expect(((await stored.json()) as { title: string }).title).toBe(save.title)
  }
  await api.dispose()
})
