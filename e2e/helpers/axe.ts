import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** Every WCAG 2.0, 2.1 and 2.2 success criterion of levels A and AA that axe-core can test. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

/** axe-core's WCAG violations on the page as it is now, one readable line per failing element. */
export async function wcagViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of finishing in a new blank page: half the time, and the portal
  // has no cross-origin frames, which is all the other mode adds.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG_22_AA).analyze()
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'unknown'}): ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`,
    ),
  )
}
