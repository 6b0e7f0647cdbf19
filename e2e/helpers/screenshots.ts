import path from 'node:path'

import type { Page } from '@playwright/test'

/**
 * Where the journeys that change what people see leave a picture of it, for a reviewer to look at after the run:
 * `screenshots/` in the checkout (not under test-results/, which the scale run empties when it starts).
 */
export const SCREENSHOTS = path.join(process.cwd(), 'screenshots')

export async function keepScreenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage })
}
