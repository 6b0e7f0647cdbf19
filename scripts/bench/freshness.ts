// How a change reaches readers: the server time of a render that misses the cache, and the time from a publish
// through the REST API until the new text is on the page.
import { PAGE_HEADERS, type Release } from './pages'

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
}

async function timedGet(url: string): Promise<{ ms: number; html: string }> {
  const started = performance.now()
  const response = await fetch(url, { headers: PAGE_HEADERS })
  const html = await response.text()
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`)
  return { ms: performance.now() - started, html }
}

/** Expires cache tags the way a scheduled job does: POST /api/revalidate with the deployment's token. */
export async function expireTags(base: string, token: string, tags: string[]): Promise<void> {
  const response = await fetch(`${base}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ tags }),
  })
  if (!response.ok)
    throw new Error(`POST /api/revalidate answered ${response.status}: ${await response.text()}`)
}

export interface RenderTimes {
  /** Median time to the full response right after the release tag expired. */
  miss: number
  /** Median time to the full response when nothing expired, for comparison. */
  hit: number
}

/** One request at a time, so that the time is the server's, not a queue's. */
export async function cacheMissRender(
  base: string,
  path: string,
  token: string,
  tries = 15,
): Promise<RenderTimes> {
  const misses: number[] = []
  const hits: number[] = []
  for (let i = 0; i < tries; i++) {
    await expireTags(base, token, ['press-releases'])
    misses.push((await timedGet(base + path)).ms)
    hits.push((await timedGet(base + path)).ms)
  }
  return { miss: median(misses), hit: median(hits) }
}

export interface Staff {
  email: string
  password: string
}

async function signIn(base: string, staff: Staff): Promise<string> {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(staff),
  })
  if (!response.ok) throw new Error(`Signing in as ${staff.email} failed: HTTP ${response.status}`)
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error('The login answer carried no token')
  return `JWT ${token}`
}

async function setTitle(base: string, auth: string, release: Release, locale: string, title: string) {
  // As an editor's correction of a published release: a save without `draft`, which publishes it. Published without
  // review, it needs a reason, and as a change to a published text, its kind (collections/shared/publication/rules.ts).
  const response = await fetch(`${base}/api/press-releases/${release.id}?locale=${locale}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: auth },
    body: JSON.stringify({ title, publishReason: 'Benchmark: timing a correction', changeKind: 'minor' }),
  })
  if (!response.ok)
    throw new Error(`PATCH release ${release.id} answered ${response.status}: ${await response.text()}`)
}

export interface PublishTimes {
  /** Median from sending the PATCH to the first page answer that shows the new title. */
  visible: number
  /** Median of the PATCH alone (the save and its revalidation). */
  save: number
  tries: number
}

export async function publishToVisible(
  base: string,
  path: string,
  release: Release,
  locale: string,
  staff: Staff,
  tries = 5,
): Promise<PublishTimes> {
  const auth = await signIn(base, staff)
  const visible: number[] = []
  const saves: number[] = []
  try {
    for (let i = 0; i < tries; i++) {
      const marker = `bench${Date.now()}x${i}`
      const started = performance.now()
      await setTitle(base, auth, release, locale, `${release.title} ${marker}`)
      saves.push(performance.now() - started)
      const deadline = started + 30_000
      while (!(await timedGet(base + path)).html.includes(marker)) {
        if (performance.now() > deadline) throw new Error(`The new title of ${path} did not show within 30 s`)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      visible.push(performance.now() - started)
    }
  } finally {
    await setTitle(base, auth, release, locale, release.title)
  }
  return { visible: median(visible), save: median(saves), tries }
}
