import { expect, test } from '@playwright/test'

import { auditPages } from '../helpers/lighthouse'
import { ONE_PAGE_PER_TYPE } from '../helpers/publicPages'

// Each page type once, the languages taking turns (axe checks all eighteen); `npm run lighthouse` audits them all.
const SAMPLE = ONE_PAGE_PER_TYPE.map((page) => page.path)
const UNINDEXED = new Set(ONE_PAGE_PER_TYPE.filter((page) => !page.indexed).map((page) => page.path))

test('Lighthouse scores every page type 100 for SEO and accessibility', async () => {
  test.setTimeout(300_000)
  const audits = await auditPages(test.info().project.use.baseURL!, SAMPLE)
  expect(audits.map((audit) => audit.path)).toEqual(SAMPLE)
  for (const audit of audits) {
    const failures = `${audit.path}: ${audit.failures.join('; ')}`
    if (!UNINDEXED.has(audit.path)) expect(audit.scores.seo, failures).toBe(100)
    expect(audit.scores.accessibility, failures).toBe(100)
  }
})
