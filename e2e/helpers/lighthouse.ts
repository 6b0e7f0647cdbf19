import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Result } from 'lighthouse'

import { PUBLIC_PAGES } from './publicPages'

const run = promisify(execFile)

/** Every public page type in every language. */
export const AUDITED_PAGES = PUBLIC_PAGES.map((page) => page.path)

export const AUDITED_CATEGORIES = ['seo', 'accessibility'] as const
type Category = (typeof AUDITED_CATEGORIES)[number] | 'performance'

export interface PageAudit<C extends Category = (typeof AUDITED_CATEGORIES)[number]> {
  path: string
  /** 0–100 per category. */
  scores: Record<C, number>
  /** The audits that did not pass: id and title. */
  failures: string[]
}

/**
 * One page, through Lighthouse's own command line and a Chromium of its own. Performance is measured as Lighthouse
 * does by default: a mid-range phone on a slow 4G network, simulated.
 */
async function auditPage<C extends Category>(
  baseUrl: string,
  page: string,
  categories: readonly C[],
): Promise<PageAudit<C>> {
  const speed = (categories as readonly Category[]).includes('performance')
  const { stdout } = await run(
    path.join(process.cwd(), 'node_modules', '.bin', 'lighthouse'),
    [
      new URL(page, baseUrl).toString(),
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${categories.join(',')}`,
      // Without --hide-scrollbars (which Playwright's and Puppeteer's headless Chromium pass by default), the viewport
      // Lighthouse emulates makes the blank page's scrollbar fade while the page's first frame is built; Chromium
      // counts those frames as undrawn and then lets the page draw once a second, so its first paint is reported up
      // to a second late (docs/performance.md#lighthouse).
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --hide-scrollbars',
      // SEO and accessibility do not depend on speed: no need to simulate a slow phone for them.
      ...(speed ? [] : ['--throttling-method=provided']),
      '--disable-full-page-screenshot',
    ],
    {
      env: {
        ...process.env,
        CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const report = JSON.parse(stdout) as Result
  if (report.runtimeError) throw new Error(`Lighthouse failed on ${page}: ${report.runtimeError.message}`)
  const scores = {} as Record<C, number>
  const failures: string[] = []
  for (const category of categories) {
    const found = report.categories[category]
    if (!found) throw new Error(`Lighthouse did not score ${category} for ${page}`)
    scores[category] = Math.round((found.score ?? 0) * 100)
    for (const ref of found.auditRefs) {
      const audit = report.audits[ref.id]
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failures.push(`${ref.id}: ${audit.title}`)
    }
  }
  return { path: page, scores, failures }
}

/**
 * Lighthouse's SEO and accessibility scores of each page. A run spends most of its time waiting for the page to settle,
 * so a few run side by side, each in a process of its own (Lighthouse keeps global state); neither category measures
 * speed, so they do not disturb each other. Nothing is fetched but the pages themselves: it works offline.
 */
export async function auditPages(
  baseUrl: string,
  pages: readonly string[] = AUDITED_PAGES,
  parallel = 3,
): Promise<PageAudit[]> {
  const audits: PageAudit[] = []
  for (let start = 0; start < pages.length; start += parallel) {
    const batch = pages.slice(start, start + parallel)
    audits.push(...(await Promise.all(batch.map((page) => auditPage(baseUrl, page, AUDITED_CATEGORIES)))))
  }
  return audits
}

/**
 * Lighthouse's performance score of each page, one page at a time (runs side by side would slow each other). A page's
 * score varies from run to run with what else the machine does; as Lighthouse's own guidance on variability advises,
 * each page is measured several times and its median run counts, with all runs' scores kept for the report.
 */
export async function auditPerformance(
  baseUrl: string,
  pages: readonly string[],
  runs = 3,
): Promise<(PageAudit<'performance'> & { runs: number[] })[]> {
  const audits: (PageAudit<'performance'> & { runs: number[] })[] = []
  for (const page of pages) {
    const measured: PageAudit<'performance'>[] = []
    for (let run = 0; run < runs; run++)
      measured.push(await auditPage(baseUrl, page, ['performance'] as const))
    measured.sort((a, b) => a.scores.performance - b.scores.performance)
    const median = measured[Math.floor(runs / 2)]!
    audits.push({ ...median, runs: measured.map((audit) => audit.scores.performance) })
  }
  return audits
}
