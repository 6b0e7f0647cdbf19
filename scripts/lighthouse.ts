// Lighthouse's SEO and accessibility scores of the home, list and detail pages in every language, against a running
// production server: `npm run lighthouse -- http://127.0.0.1:3000`. Exits non-zero when an SEO score is below 100.
import { auditPages } from '../e2e/helpers/lighthouse'

const baseUrl = process.argv[2] ?? process.env.SITE_URL ?? 'http://127.0.0.1:3000'

const audits = await auditPages(baseUrl)
for (const audit of audits) {
  console.log(`${audit.path.padEnd(70)} SEO ${audit.scores.seo}  accessibility ${audit.scores.accessibility}`)
  for (const failure of audit.failures) console.log(`    ✗ ${failure}`)
}
if (audits.some((audit) => audit.scores.seo < 100)) process.exitCode = 1
