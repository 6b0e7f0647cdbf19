// The pages measured, found through public URLs and the REST API only, and their exact bytes.
import { get, type IncomingMessage } from 'node:http'

import { RECENT_COPY_AT_MOST_MS } from '@/server/recentPages.mjs'

export type PageName = 'home' | 'list' | 'release' | 'event' | 'search'

export interface Page {
  name: PageName
  label: string
  path: string
  /** False for search, rendered for each query by design: issue 20's targets are for the pages the site keeps. */
  cached: boolean
}

export interface Release {
  id: number
  slug: string
  title: string
}

/**
 * What a browser is sent: the page gzipped, as nginx in front asks the instances for it (deploy/nginx.conf). Every
 * server is asked the same, and sends the same bytes. Uncompressed, 70–90 KB pages took most of wrk's one core to
 * read, so the generator, not the server, set the rate; gzipped they are a sixth of that.
 */
export const PAGE_HEADERS = { 'accept-encoding': 'gzip' }

interface Found {
  docs: { id: number; slug: string; title: string }[]
}

async function newest(base: string, collection: string, locale: string, sort: string) {
  const url = `${base}/api/${collection}?locale=${locale}&limit=1&sort=${sort}&depth=0&fallback-locale=none`
  const response = await fetch(url)
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  const doc = ((await response.json()) as Found).docs[0]
  if (!doc) throw new Error(`No published ${collection} in "${locale}" to measure`)
  return doc
}

/** The newest published release: the page measured, and the one whose title the publish test changes. */
export async function newestRelease(base: string, locale: string): Promise<Release> {
  const { id, slug, title } = await newest(base, 'press-releases', locale, '-publishedAt')
  return { id, slug, title }
}

export async function benchPages(
  base: string,
  locale: string,
  release: Release,
  searchWord: string,
): Promise<Page[]> {
  const event = await newest(base, 'events', locale, '-startsAt')
  return [
    { name: 'home', label: 'home', path: `/${locale}`, cached: true },
    { name: 'list', label: 'release list', path: `/${locale}/press-releases`, cached: true },
    { name: 'release', label: 'release', path: `/${locale}/press-releases/${release.slug}`, cached: true },
    { name: 'event', label: 'event', path: `/${locale}/events/${event.slug}`, cached: true },
    {
      name: 'search',
      label: `search "${searchWord}"`,
      path: `/${locale}/search?q=${encodeURIComponent(searchWord)}`,
      cached: false,
    },
  ]
}

/** A page's answer as the site sends it: the headers a server may carry over, and the gzipped bytes. */
export interface Answer {
  headers: Record<string, string>
  body: Buffer
}

/** What each server sets for itself, for its own connection and message: not part of the page's answer. */
const OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

/** The page's answer as it is sent, gzipped (fetch would decode it). */
export async function pageAnswer(base: string, path: string): Promise<Answer> {
  const response = await new Promise<IncomingMessage>((resolve, reject) =>
    get(base + path, { headers: PAGE_HEADERS }, resolve).on('error', reject),
  )
  const chunks: Buffer[] = []
  for await (const chunk of response) chunks.push(chunk as Buffer)
  if (response.statusCode !== 200) throw new Error(`GET ${path} answered ${response.statusCode}`)
  if (response.headers['content-encoding'] !== 'gzip') throw new Error(`GET ${path} was not sent gzipped`)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(response.headers))
    if (value !== undefined && !OWN_HEADERS.has(name)) headers[name] = [value].flat().join(', ')
  return { headers, body: Buffer.concat(chunks) }
}

/** How long Next.js serves a kept page before rendering it again: the `s-maxage` it sends is the page's revalidate. */
export function keptSeconds(answer: Answer): number | undefined {
  const seconds = /\bs-maxage=(\d+)/.exec(answer.headers['cache-control'] ?? '')?.[1]
  return seconds === undefined ? undefined : Number(seconds)
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The answers of kept pages once Next.js has rendered each again in the background, as it does every `s-maxage`
 * seconds while visitors read it; a page rendered for each request (`cached: false`) is taken as it comes. A render
 * that blocks its request (the first visit after the page's tags expired, or after five minutes without one) sends
 * the same text with its payload's rows in another order, which gzip packs 8–17 % larger or smaller; the background
 * renders, which every visitor gets from the next minute on, send the same bytes each time. The round measures those.
 */
export async function lastingAnswers(base: string, pages: Page[]): Promise<Map<PageName, Answer>> {
  const answers = new Map<PageName, Answer>()
  for (const page of pages) answers.set(page.name, await pageAnswer(base, page.path))
  const kept = pages.filter((page) => page.cached)
  if (kept.length === 0) return answers
  const seconds = kept.map((page) => {
    const renderedAfter = keptSeconds(answers.get(page.name) as Answer)
    if (renderedAfter === undefined)
      throw new Error(`GET ${page.path} is not kept by the site: it sent no s-maxage`)
    return renderedAfter
  })
  await pause((Math.max(...seconds) + 1) * 1000)
  for (const page of kept) answers.set(page.name, await renderedAgain(base, page.path))
  return answers
}

/**
 * The first request after `s-maxage` gets the old copy (STALE) and starts the new render. The site then sends its own
 * copy of that answer, marked HIT, for a few seconds (server/recentPages.mjs); asked after them, Next.js answers.
 */
async function renderedAgain(base: string, path: string, timeoutMs = 30_000): Promise<Answer> {
  const deadline = Date.now() + timeoutMs
  await pageAnswer(base, path)
  for (;;) {
    await pause(RECENT_COPY_AT_MOST_MS + 100)
    const answer = await pageAnswer(base, path)
    if (answer.headers['x-nextjs-cache'] === 'HIT') return answer
    if (Date.now() > deadline)
      throw new Error(`GET ${path} was not rendered again within ${timeoutMs / 1000} s`)
  }
}
