import { expect, test } from '@playwright/test'

import { auditPages } from './helpers/lighthouse'

// One page of each kind, each in another language; `npm run lighthouse` audits all nine.
const SAMPLE = [
  '/kk',
  '/ru/press-releases',
  '/en/press-releases/kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek',
]

test('Lighthouse scores home, list and release pages 100 for SEO', async () => {
  test.setTimeout(240_000)
  const audits = await auditPages(test.info().project.use.baseURL!, SAMPLE)
  expect(audits.map((audit) => audit.path)).toEqual(SAMPLE)
  for (const audit of audits) {
    expect(audit.scores.seo, `${audit.path}: ${audit.failures.join('; ')}`).toBe(100)
    // Accessibility has its own issue; this records the score and stops it from falling far.
    expect(audit.scores.accessibility, `${audit.path}: ${audit.failures.join('; ')}`).toBeGreaterThanOrEqual(
      95,
    )
  }
})
