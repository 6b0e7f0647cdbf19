// Sends the planned requests and holds every answer to the promises: never a 5xx or a hang; a refused
// request (4xx) changes no record; an accepted one stores no field the client must not set, gives no one a role
// the sender could not give, and lets no author publish.
import type { SanitizedConfig } from 'payload'

import { random } from '@/e2e/helpers/hostileQueries'

import { changedTables, type DatabaseState, type Snapshot, tablesHolding } from './databaseState'
import { MARKERS } from './inputs'
import type { Door } from './map'
import { type FuzzRequest, planner } from './requests'
import { clientAddress, type SiteUnderTest } from './site'

const TIMEOUT_MS = 20_000
const MARKER_TEXTS = [MARKERS.text, MARKERS.date, String(MARKERS.id)]
/** Written by the server's job runner between requests (release alerts): not a request's doing. */
const JOB_TABLES = new Set(['alert_dispatches'])
/**
 * A user's admin preferences: a value of the user's own choosing, stored whole (Payload keeps the body when it names
 * no `value`), which the admin's pages also write as staff view them (a list's columns and order, the language of
 * `?locale=`), before they know whether the address names a view: a page that answers 404 may have written them.
 */
const PREFERENCE_TABLES = new Set(['payload_preferences', 'payload_preferences_rels'])
/** Where an editorial text's published state is kept (not its versions). */
const PUBLISHED_TABLES = /^(press_releases|events|documents)(_locales)?$/

export interface Finding {
  problem:
    | 'server error'
    | 'no answer'
    | 'refused but changed'
    | 'unlisted field stored'
    | 'role changed'
    | 'author published'
  request: string
  detail: string
}

export interface FuzzReport {
  seed: number
  sent: number
  byDoor: Map<string, number>
  byCategory: Map<string, number>
  byActor: Map<string, number>
  byStatus: Map<string, number>
  /** Refused requests whose records were compared before and after. */
  refusedAndCompared: number
  findings: Finding[]
  seconds: number
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
const describe = (request: FuzzRequest) =>
  `${request.actor} ${request.method} ${request.path.slice(0, 300)} [${request.category}]`

/** Counts the published states in the documents' own tables, to see an author's save publish. */
function publishedCount(snapshot: Snapshot): number {
  let count = 0
  for (const [table, rows] of snapshot)
    // JSON on PostgreSQL, SQL literals on SQLite (databaseState.ts).
    if (PUBLISHED_TABLES.test(table)) count += rows.split(/["']published["']/).length - 1
  return count
}

async function send(site: SiteUnderTest, request: FuzzRequest, n: number) {
  const started = Date.now()
  try {
    const response = await fetch(`${site.baseUrl}${request.path}`, {
      method: request.method,
      headers: { ...request.headers, 'x-forwarded-for': clientAddress(n) },
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const text = await response.text()
    return { status: response.status, text, ms: Date.now() - started }
  } catch (error) {
    return {
      status: 0,
      text: error instanceof Error ? error.message : String(error),
      ms: Date.now() - started,
    }
  }
}

const isSafe = (method: string) => ['GET', 'HEAD', 'OPTIONS'].includes(method)

export async function fuzz(options: {
  site: SiteUnderTest
  doors: readonly Door[]
  config: SanitizedConfig
  database: DatabaseState
  seed: number
  requests: number
  /** Requests that change nothing run this many at a time; the others one by one, between two snapshots. */
  concurrency?: number
}): Promise<FuzzReport> {
  const { site, doors, config, database, seed } = options
  const started = Date.now()
  const plan = planner(doors, config, site, random(seed))
  const planned = Array.from({ length: options.requests }, () => plan.next())
  const report: FuzzReport = {
    seed,
    sent: 0,
    byDoor: new Map(),
    byCategory: new Map(),
    byActor: new Map(),
    byStatus: new Map(),
    refusedAndCompared: 0,
    findings: [],
    seconds: 0,
  }
  const answered = (request: FuzzRequest, status: number, text: string) => {
    report.sent++
    bump(report.byDoor, request.door)
    bump(report.byCategory, request.category)
    bump(report.byActor, request.actor)
    bump(report.byStatus, status === 0 ? 'no answer' : `${Math.floor(status / 100)}xx`)
    if (status === 0) report.findings.push({ problem: 'no answer', request: describe(request), detail: text })
    else if (status >= 500)
      report.findings.push({
        problem: 'server error',
        request: describe(request),
        detail: `${status} ${text.slice(0, 300)}`,
      })
  }

  // Writes one at a time, each between two snapshots of the database.
  let before = await database.snapshot()
  let roles = await database.roles()
  const unsafe = planned
    .map((request, n) => ({ request, n }))
    .filter(({ request }) => !isSafe(request.method))
  for (const { request, n } of unsafe) {
    const { status, text } = await send(site, request, n)
    answered(request, status, text)
    const after = await database.snapshot()
    const changed = changedTables(before, after).filter((table) => !JOB_TABLES.has(table))
    if (status >= 400 || status === 0) {
      report.refusedAndCompared++
      // Next.js renders a page whatever the method: an admin view's address sent with DELETE is viewed.
      const viewed = request.path.startsWith('/admin')
      const refusedChanges = changed.filter((table) => !(viewed && PREFERENCE_TABLES.has(table)))
      if (refusedChanges.length > 0)
        report.findings.push({
          problem: 'refused but changed',
          request: describe(request),
          detail: `${status}: ${refusedChanges.join(', ')}`,
        })
    } else if (changed.length > 0) {
      const stored = tablesHolding(after, MARKER_TEXTS).filter(
        (table) => !PREFERENCE_TABLES.has(table) && !tablesHolding(before, MARKER_TEXTS).includes(table),
      )
      if (stored.length > 0)
        report.findings.push({
          problem: 'unlisted field stored',
          request: describe(request),
          detail: stored.join(', '),
        })
      if (request.actor === 'author' && publishedCount(after) > publishedCount(before))
        report.findings.push({
          problem: 'author published',
          request: describe(request),
          detail: changed.join(', '),
        })
      if (request.actor !== 'admin') {
        const now = await database.roles()
        const changedRoles = [...now].filter(([id, role]) => roles.has(id) && roles.get(id) !== role)
        if (changedRoles.length > 0)
          report.findings.push({
            problem: 'role changed',
            request: describe(request),
            detail: JSON.stringify(changedRoles),
          })
      }
      roles = await database.roles()
    }
    before = after
  }

  // Reads, several at a time; together they must leave every record as it was.
  const safe = planned.map((request, n) => ({ request, n })).filter(({ request }) => isSafe(request.method))
  let next = 0
  const worker = async () => {
    while (next < safe.length) {
      const { request, n } = safe[next++]!
      const { status, text } = await send(site, request, n)
      answered(request, status, text)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker))
  const afterReads = await database.snapshot()
  const changedByReads = changedTables(before, afterReads).filter(
    (table) => !JOB_TABLES.has(table) && !PREFERENCE_TABLES.has(table),
  )
  if (changedByReads.length > 0)
    report.findings.push({
      problem: 'refused but changed',
      request: `${safe.length} reads`,
      detail: changedByReads.join(', '),
    })

  report.seconds = Math.round((Date.now() - started) / 1000)
  return report
}
