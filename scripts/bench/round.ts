// One round of measurements against one database state: load on each page from the site, from a bare Node.js server
// sending its answer, and through nginx with deploy/nginx.conf in turns with nginx serving the answer as a file; then
// single requests (cache misses, publish to visible), then JavaScript sizes if asked.
import { gunzipSync } from 'node:zlib'

import { cacheMissRender, expireTags, publishToVisible, type Staff } from './freshness'
import { pageJavaScript, sharedBytes, type PageJavaScript } from './javascript'
import { load, type LoadResult, type LoadSettings } from './load'
import { type BenchOptions } from './options'
import { benchPages, lastingAnswers, pageAnswer, PAGE_HEADERS, type PageName, type Release } from './pages'
import type { FrontPair, PageRun, Round } from './report'
import { startFrontNginx, startNext, startNginx, startNodeFloor, stopServer } from './servers'

export interface RoundSetup {
  title: string
  options: BenchOptions
  env: NodeJS.ProcessEnv
  nginx: string
  /** The release measured; the same one in every round, so that growth compares like with like. */
  release: Release
  only?: PageName[]
  javascript: boolean
  revalidationToken: string
  staff: Staff
}

// Everything the site caches: a round starts from what the database holds now, not from pages prerendered at build.
const ALL_TAGS = ['press-releases', 'events', 'topics', 'site']

const explain = (error: unknown) => (error instanceof Error ? error.message : String(error))

async function totalDocs(base: string, collection: string, locale: string): Promise<number> {
  const response = await fetch(`${base}/api/${collection}?locale=${locale}&limit=1&depth=0`)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

/** Where nginx found the page just after the run: HIT is what the fronted column is meant to measure. */
async function cacheStatus(url: string): Promise<string> {
  const response = await fetch(url, { headers: PAGE_HEADERS })
  await response.arrayBuffer()
  return response.headers.get('x-cache-status') || 'none'
}

async function freshServer(setup: RoundSetup, base: string) {
  const server = await startNext(setup.options.nextPort, setup.env)
  await expireTags(base, setup.revalidationToken, ALL_TAGS)
  return server
}

/** A 13-byte file: what nginx serves fastest, so that the rate is the load generator's, not a server's. */
const TINY = Buffer.from('Hello, world\n')

/**
 * The ruler: the rate wrk reaches against nginx serving a tiny file at the same connections. The fastest of three runs,
 * as a ruler is a maximum and a neighbour's work on a shared machine only ever lowers it.
 */
export async function generatorCeiling(nginxBinary: string, options: BenchOptions): Promise<LoadResult> {
  const nginx = await startNginx(
    nginxBinary,
    options.nginxPort,
    new Map([['tiny', { headers: {}, body: TINY }]]),
  )
  const url = `http://127.0.0.1:${options.nginxPort}/tiny.html`
  try {
    const runs: LoadResult[] = []
    for (let run = 0; run < 3; run++) runs.push(await load(url, { ...options, headers: PAGE_HEADERS }, url))
    return runs.reduce((fastest, run) => (run.requestsPerSecond > fastest.requestsPerSecond ? run : fastest))
  } finally {
    await stopServer(nginx)
  }
}

export async function measureRound(setup: RoundSetup): Promise<Round> {
  const { options } = setup
  const base = `http://127.0.0.1:${options.nextPort}`
  const step = (text: string) => console.log(`  · ${setup.title}: ${text}`)

  const next = await freshServer(setup, base)
  const pages = (await benchPages(base, options.locale, setup.release, options.searchWord)).filter(
    (page) => !setup.only || setup.only.includes(page.name),
  )
  step('each page rendered, then rendered again as its visitors get it')
  const answers = await lastingAnswers(base, pages)
  const nginx = await startNginx(setup.nginx, options.nginxPort, answers)
  const floor = await startNodeFloor(options.floorPort, answers)
  const front = await startFrontNginx(setup.nginx, options.frontPort, options.nextPort)
  const frontBase = `http://127.0.0.1:${options.frontPort}`

  const settings: LoadSettings = { ...options, headers: PAGE_HEADERS }
  // Every run starts when Next.js is idle again, nginx's included: both share the machine's two cores.
  const idle = `${base}/favicon.svg`
  const runs: PageRun[] = []
  const kept = pages.filter((page) => page.cached)
  for (const page of pages) {
    // Every kept page read once between loads, as visitors would: one nobody asked for in five minutes would be
    // rendered on its next request, blocking it, and sent with other bytes than the yardsticks' until the next render.
    for (const keptPage of kept) await pageAnswer(base, keptPage.path)
    step(`load on ${page.label}`)
    const site = await load(base + page.path, settings, idle)
    const nodeFloor = await load(`http://127.0.0.1:${options.floorPort}/${page.name}`, settings, idle)
    const pairs: FrontPair[] = []
    for (let pair = 0; pair < options.pairs; pair++) {
      step(`${page.label}: nginx static and nginx-fronted, pair ${pair + 1} of ${options.pairs}`)
      pairs.push({
        nginx: await load(`http://127.0.0.1:${options.nginxPort}/${page.name}.html`, settings, idle),
        // Each run's warm-up fills nginx's cache, so that the measured run is served from it, as a visitor's page is.
        fronted: await load(frontBase + page.path, settings, idle),
      })
    }
    runs.push({
      page,
      bytes: answers.get(page.name)?.body.length ?? 0,
      next: site,
      nodeFloor,
      pairs,
      frontedCache: await cacheStatus(frontBase + page.path),
    })
  }
  await stopServer(front)
  await stopServer(floor)
  await stopServer(nginx)

  let javascript: Round['javascript']
  if (setup.javascript) {
    step('JavaScript sizes')
    const sizes = new Map<PageName, PageJavaScript>()
    for (const [name, { body }] of answers)
      sizes.set(name, await pageJavaScript(base, gunzipSync(body).toString()))
    javascript = { pages: sizes, shared: sharedBytes([...sizes.values()]) }
  }

  const render: Round['render'] = {}
  for (const page of pages.filter((candidate) => ['release', 'list', 'search'].includes(candidate.name))) {
    step(`cache-miss renders of ${page.label}`)
    render[page.name] = await cacheMissRender(base, page.path, setup.revalidationToken).catch(explain)
  }
  step('publish → visible')
  const releasePath = `/${options.locale}/press-releases/${setup.release.slug}`
  const publish = await publishToVisible(base, releasePath, setup.release, options.locale, setup.staff).catch(
    explain,
  )

  const round: Round = {
    title: setup.title,
    releases: await totalDocs(base, 'press-releases', options.locale),
    events: await totalDocs(base, 'events', options.locale),
    pages: runs,
    render,
    publish,
    javascript,
  }
  await stopServer(next)
  return round
}
