// The tables a run prints, as aligned Markdown: readable in a terminal and pasteable into an issue.
import type { PublishTimes, RenderTimes } from './freshness'
import type { PageJavaScript } from './javascript'
import type { LoadResult } from './load'
import type { Page, PageName } from './pages'
import type { Stalls } from './stalls'

/**
 * nginx serving the page as a file, then the page through nginx with deploy/nginx.conf (after a warm-up that put it in
 * nginx's cache), measured back to back: a ratio taken within a pair shares the machine's moment.
 */
export interface FrontPair {
  nginx: LoadResult
  fronted: LoadResult
}

export interface PageRun {
  page: Page
  bytes: number
  next: LoadResult
  /** At least one; the report takes the median pair, as single runs on a shared machine move by 10–20 %. */
  pairs: FrontPair[]
  /** nginx's X-Cache-Status for the page after the runs (HIT when the fronted figures are a cache's). */
  frontedCache: string
  /** The page's answer from a bare Node.js server (scripts/bench/nodeFloor.mjs): the floor of Node.js's http. */
  nodeFloor: LoadResult
}

export interface Round {
  title: string
  releases: number
  events: number
  pages: PageRun[]
  /** Single-request server times per page; a string says why a figure is missing. */
  render: Partial<Record<PageName, RenderTimes | string>>
  publish: PublishTimes | string
  javascript?: { pages: Map<PageName, PageJavaScript>; shared: number }
}

/** Issue 20's targets for a cached page served by the site itself, at the bench's 32 connections. */
export const TARGETS = {
  shareOfNginx: 0.05,
  /** The tail: p99 at most this many times p50… */
  p99OverP50: 2.5,
  /** …and no request slower than this. */
  maxMs: 250,
  publishMs: 1000,
  /** ~135 KB for an empty Next.js 16 page here, plus the 15 KB the app may add. */
  javascriptBytes: 150 * 1024,
  growth: 2,
  /** nginx in front of the site, as a share of the same nginx serving the page as a file. */
  frontedShareOfStatic: 0.8,
}

const frontedShare = (pair: FrontPair) => pair.fronted.requestsPerSecond / pair.nginx.requestsPerSecond

/** The middle item by `key`, the upper one of an even count: a median that is one of the runs measured. */
function middle<T>(items: T[], key: (item: T) => number): T | undefined {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]
}

/** The pair whose fronted / static ratio is the median. */
export function medianPair(run: PageRun): FrontPair {
  const pair = middle(run.pairs, frontedShare)
  if (!pair) throw new Error(`${run.page.label}: no nginx runs`)
  return pair
}

/** nginx's static rate for the page: the median of its runs, the site's yardstick. */
export const nginxRate = (run: PageRun): number =>
  middle(run.pairs, (pair) => pair.nginx.requestsPerSecond)?.nginx.requestsPerSecond ?? 0

export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}

const rate = (value: number) => Math.round(value).toLocaleString('en-US')
const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toString())
const percent = (value: number) => `${(value * 100).toFixed(1)} %`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const yesNo = (ok: boolean) => (ok ? 'yes' : 'NO')
/** p99 over p50, "2.41×": the tail's target is this ratio. */
const tail = (result: LoadResult) =>
  result.requests === 0 ? '–' : `${(result.p99 / result.p50).toFixed(2)}×`
/** A run in which no request completed has no latency: say so rather than print zeros. */
const latency = (result: LoadResult, value: number) => (result.requests === 0 ? 'none done' : ms(value))

/**
 * Errors and answers ≥ 400 of page / fronted / node floor / nginx (the pairs' summed), so that a failing run cannot
 * pass for a fast one.
 */
function failures(run: PageRun): string {
  const count = (results: LoadResult[]) =>
    results.reduce((sum, result) => sum + result.errors + result.httpErrors, 0)
  const counts = [
    [run.next],
    run.pairs.map((pair) => pair.fronted),
    [run.nodeFloor],
    run.pairs.map((pair) => pair.nginx),
  ].map(count)
  return counts.every((n) => n === 0) ? '0' : counts.join(' / ')
}

/** Whether the site itself meets issue 20's targets for a page: its share of nginx's rate and its tail. */
export function meetsTargets(run: PageRun): boolean {
  const { next } = run
  return (
    next.requests > 0 &&
    next.requestsPerSecond / nginxRate(run) >= TARGETS.shareOfNginx &&
    next.p99 <= TARGETS.p99OverP50 * next.p50 &&
    next.max < TARGETS.maxMs &&
    failures(run) === '0'
  )
}

/** Whether nginx in front of the site, serving from its cache, keeps to issue 20's share of its own static rate. */
export const frontMeetsTarget = (run: PageRun): boolean =>
  run.frontedCache === 'HIT' &&
  frontedShare(medianPair(run)) >= TARGETS.frontedShareOfStatic &&
  failures(run) === '0'

/** "84.0 % (81.2–88.3)": the median pair's share and the range of all pairs. */
function frontedShares(run: PageRun): string {
  const shares = run.pairs.map(frontedShare)
  const median = percent(frontedShare(medianPair(run)))
  if (shares.length === 1) return median
  const bound = (value: number) => (value * 100).toFixed(1)
  return `${median} (${bound(Math.min(...shares))}–${bound(Math.max(...shares))})`
}

/** What the machine's own pauses were, and what they mean for a p99. */
export function machineNote(stalls: Stalls): string {
  const stolen =
    stalls.stolenShare === null
      ? ''
      : `; the hypervisor counted ${percent(stalls.stolenShare)} of all cores' time as stolen`
  return (
    `**The machine:** a thread that only read the clock for ${stalls.seconds} s, with nothing else running, was ` +
    `stopped ${stalls.perSecond.toFixed(1)} times a second for over 0.3 ms (${stalls.over2msPerSecond.toFixed(1)} ` +
    `times over 2 ms, the longest ${ms(stalls.longestMs)} ms), ${percent(stalls.lostShare)} of its time${stolen}. ` +
    `A request in flight during such a pause waits it out, whichever server answers it.`
  )
}

/**
 * How busy wrk was in the page's, the front's (median pair) and nginx static's runs: near 100 % of its one core, the
 * generator and not the server set the rate.
 */
function generatorBusy(run: PageRun): string {
  const { fronted, nginx } = medianPair(run)
  const shares = [run.next, fronted, nginx].map((result) => result.generatorBusy)
  return shares.every((share) => share !== null)
    ? `${shares.map((share) => Math.round(share * 100)).join(' / ')} %`
    : '–'
}

/** How far the servers' bytes an answer may part (their own headers differ by some dozens of bytes) and be one page. */
const SAME_ANSWER = 0.03

/**
 * The pages whose servers did not all send the same answer, by the bytes wrk read an answer ("" when they did): a
 * rate measured on other bytes is no yardstick for the site's.
 */
export function unequalAnswers(round: Round): string {
  const kbOf = (result: LoadResult) => kb(result.bytesPerAnswer)
  return round.pages
    .map((run) => {
      const { fronted, nginx } = medianPair(run)
      const servers = {
        page: run.next,
        'nginx-fronted': fronted,
        'node floor': run.nodeFloor,
        'nginx static': nginx,
      }
      const sizes = Object.values(servers).map((result) => result.bytesPerAnswer)
      if (Math.max(...sizes) <= Math.min(...sizes) * (1 + SAME_ANSWER)) return ''
      const named = Object.entries(servers).map(([name, result]) => `${name} ${kbOf(result)}`)
      return `- **${run.page.label}: not the same answer from every server:** ${named.join(', ')} an answer.`
    })
    .filter((line) => line !== '')
    .join('\n')
}

/** A target's cell: yes or NO for a page the site keeps; a page rendered for each query has none. */
export const judged = (run: PageRun, target: (run: PageRun) => boolean): string =>
  run.page.cached ? yesNo(target(run)) : 'none: per query'

export function loadTable(round: Round): string {
  const rows = round.pages.map((run) => {
    const cache = run.frontedCache === 'HIT' ? '' : ` (${run.frontedCache})`
    const { fronted } = medianPair(run)
    return [
      run.page.label,
      kb(run.bytes),
      rate(run.next.requestsPerSecond),
      latency(run.next, run.next.p50),
      latency(run.next, run.next.p99),
      latency(run.next, run.next.max),
      tail(run.next),
      rate(fronted.requestsPerSecond) + cache,
      latency(fronted, fronted.p50),
      latency(fronted, fronted.p99),
      latency(fronted, fronted.max),
      rate(run.nodeFloor.requestsPerSecond),
      latency(run.nodeFloor, run.nodeFloor.p50),
      latency(run.nodeFloor, run.nodeFloor.p99),
      tail(run.nodeFloor),
      rate(nginxRate(run)),
      percent(run.next.requestsPerSecond / nginxRate(run)),
      frontedShares(run),
      failures(run),
      generatorBusy(run),
      judged(run, meetsTargets),
      judged(run, frontMeetsTarget),
    ]
  })
  return markdownTable(
    [
      'page',
      'gzip',
      'page req/s',
      'p50 ms',
      'p99 ms',
      'max ms',
      'p99 / p50',
      'nginx-fronted req/s',
      'p50 ms',
      'p99 ms',
      'max ms',
      'node floor req/s',
      'p50 ms',
      'p99 ms',
      'p99 / p50',
      'nginx static req/s',
      'page / nginx',
      'fronted / nginx',
      'errors',
      'wrk busy',
      `page: ≥${TARGETS.shareOfNginx * 100} %, p99≤${TARGETS.p99OverP50}×p50, max<${TARGETS.maxMs}`,
      `fronted: ≥${TARGETS.frontedShareOfStatic * 100} %`,
    ],
    rows,
  )
}

const renderCell = (times: RenderTimes | string | undefined, pick: keyof RenderTimes) =>
  times === undefined ? '–' : typeof times === 'string' ? `failed: ${times}` : ms(times[pick])

export function freshnessTable(round: Round): string {
  const rows = Object.entries(round.render).map(([name, times]) => [
    `${name}: server time, cache miss (median of 15)`,
    renderCell(times, 'miss'),
  ])
  rows.push(
    ...Object.entries(round.render).map(([name, times]) => [
      `${name}: server time, cached (median of 15)`,
      renderCell(times, 'hit'),
    ]),
  )
  if (typeof round.publish === 'string')
    rows.push(['publish → new text on the page', `failed: ${round.publish}`])
  else {
    rows.push([
      `publish → new text on the page (median of ${round.publish.tries})`,
      `${ms(round.publish.visible)} (target ≤ ${TARGETS.publishMs}: ${yesNo(round.publish.visible <= TARGETS.publishMs)})`,
    ])
    rows.push(['of which the PATCH itself', ms(round.publish.save)])
  }
  return markdownTable(['single requests', 'ms'], rows)
}

export function javascriptTable(round: Round): string {
  if (!round.javascript) return ''
  const { pages, shared } = round.javascript
  const rows = [...pages].map(([name, js]) => [
    name,
    String(js.files.size),
    kb(js.total),
    kb(js.total - shared),
    yesNo(js.total <= TARGETS.javascriptBytes),
  ])
  return (
    markdownTable(['page', 'scripts', 'JS (gzip)', 'beyond the shared part', '≤ 150 KB'], rows) +
    `\n\nShared by every page type (framework, layout): ${kb(shared)}. Budget: ~135 KB for an empty Next.js 16 ` +
    `page + 15 KB = 150 KB. Inline scripts (the RSC payload in the HTML) are not counted here; they are in the HTML size.`
  )
}

interface GrowthRow {
  label: string
  small: number
  large: number
  /** True when a larger figure is worse (times); false for throughput. */
  lowerIsBetter: boolean
  judged: boolean
  /** False when a run completed no request: its zeros are not figures. */
  measured?: boolean
}

function growthRows(small: Round, large: Round): GrowthRow[] {
  const rows: GrowthRow[] = []
  for (const run of large.pages) {
    const before = small.pages.find((candidate) => candidate.page.name === run.page.name)
    if (!before) continue
    const judged = run.page.name === 'list' || run.page.name === 'search'
    const measured = before.next.requests > 0 && run.next.requests > 0
    rows.push(
      {
        label: `${run.page.label}: req/s`,
        small: before.next.requestsPerSecond,
        large: run.next.requestsPerSecond,
        lowerIsBetter: false,
        judged,
        measured,
      },
      {
        label: `${run.page.label}: p50 ms`,
        small: before.next.p50,
        large: run.next.p50,
        lowerIsBetter: true,
        judged,
        measured,
      },
      {
        label: `${run.page.label}: p99 ms`,
        small: before.next.p99,
        large: run.next.p99,
        lowerIsBetter: true,
        judged: false,
        measured,
      },
      {
        label: `${run.page.label}: max ms`,
        small: before.next.max,
        large: run.next.max,
        lowerIsBetter: true,
        judged: false,
        measured,
      },
    )
  }
  for (const [name, times] of Object.entries(large.render)) {
    const before = small.render[name as PageName]
    if (typeof times !== 'object' || typeof before !== 'object') continue
    rows.push({
      label: `${name}: cache-miss render ms`,
      small: before.miss,
      large: times.miss,
      lowerIsBetter: true,
      judged: true,
    })
  }
  if (typeof small.publish === 'object' && typeof large.publish === 'object')
    rows.push({
      label: 'publish → visible ms',
      small: small.publish.visible,
      large: large.publish.visible,
      lowerIsBetter: true,
      judged: false,
    })
  return rows
}

export function growthTable(small: Round, large: Round): string {
  const rows = growthRows(small, large).map((row) => {
    const ratio = row.large / row.small
    const within = row.lowerIsBetter ? ratio <= TARGETS.growth : ratio >= 1 / TARGETS.growth
    const format = row.label.endsWith('req/s') ? rate : ms
    const verdict = row.measured === false ? 'NO (no answers)' : yesNo(within)
    return [
      row.label,
      format(row.small),
      format(row.large),
      row.measured === false ? 'n/a' : `${ratio.toFixed(2)}×`,
      row.judged ? verdict : '',
    ]
  })
  return markdownTable(
    [
      'figure',
      `${small.releases} releases`,
      `${large.releases} releases`,
      'growth (large / small)',
      'within 2×',
    ],
    rows,
  )
}
