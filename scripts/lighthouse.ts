// Lighthouse's SEO and accessibility scores of every public page type in every language, against a running production
// server: `npm run lighthouse -- http://127.0.0.1:3000`. Exits non-zero when a score is below 100 (SEO: only on pages
// meant for search engines).
import { auditPages } from '../e2e/helpers/lighthouse'
import { PUBLIC_PAGES } from '../e2e/helpers/publicPages'

const baseUrl = process.argv[2] ?? process.env.SITE_URL ?? 'http://127.0.0.1:3000'

const unindexed = new Set(PUBLIC_PAGES.filter((page) => !page.indexed).map((page) => page.path))
const audits = await auditPages(baseUrl)
for (const audit of audits) {
  console.log(
    `${decodeURI(audit.path).padEnd(74)} SEO ${audit.scores.seo}  accessibility ${audit.scores.accessibility}`,
  )
  for (const failure of audit.failures) console.log(`    ✗ ${failure}`)
}
if (
  audits.some(
    (audit) => (audit.scores.seo < 100 && !unindexed.has(audit.path)) || audit.scores.accessibility < 100,
  )
)
  process.exitCode = 1
