// Lighthouse's scores of the public pages, against a running production server:
// `npm run lighthouse -- http://127.0.0.1:3000`.
// - SEO and accessibility of every page type in every language: 100 (SEO only on pages meant for search engines).
// - Performance on a simulated mid-range phone of every page type but search, in every language: 95 or more, the
//   median of three runs.
// Exits non-zero when a score falls short. Performance depends on the machine being otherwise idle.
import { auditPages, auditPerformance } from '../e2e/helpers/lighthouse'
import { PUBLIC_PAGES } from '../e2e/helpers/publicPages'

const PERFORMANCE_TARGET = 95

const baseUrl = process.argv[2] ?? process.env.SITE_URL ?? 'http://127.0.0.1:3000'
const label = (path: string) => decodeURI(path).padEnd(74)

const unindexed = new Set(PUBLIC_PAGES.filter((page) => !page.indexed).map((page) => page.path))
const audits = await auditPages(baseUrl)
for (const audit of audits) {
  console.log(`${label(audit.path)} SEO ${audit.scores.seo}  accessibility ${audit.scores.accessibility}`)
  for (const failure of audit.failures) console.log(`    ✗ ${failure}`)
}

// The runs above have visited every page: speed is measured on cached pages and converted photos, as every visitor
// but the first after a change gets them.
const speedPages = PUBLIC_PAGES.filter((page) => page.type !== 'search').map((page) => page.path)
const speed = await auditPerformance(baseUrl, speedPages)
for (const audit of speed) {
  console.log(
    `${label(audit.path)} performance ${audit.scores.performance}  (runs: ${audit.runs.join(', ')})`,
  )
  for (const failure of audit.failures) console.log(`    ✗ ${failure}`)
}

if (
  audits.some(
    (audit) => (audit.scores.seo < 100 && !unindexed.has(audit.path)) || audit.scores.accessibility < 100,
  ) ||
  speed.some((audit) => audit.scores.performance < PERFORMANCE_TARGET)
)
  process.exitCode = 1
