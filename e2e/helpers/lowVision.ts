import type { BrowserContext } from '@playwright/test'

import type { Locale } from '../../i18n/locales'
import type { LowVisionSettings } from '../../lib/pages/lowVision'
import { LOW_VISION_COOKIE, lowVisionView } from '../../lib/pages/lowVision'

/** The header button's label, as the issue asks for it in each language. */
export const LOW_VISION_LABEL: Record<Locale, string> = {
  kk: 'Көру қабілеті нашар адамдарға арналған нұсқа',
  ru: 'Версия для слабовидящих',
  en: 'Version for the visually impaired',
}

/** Opens the following pages as a visitor who chose these settings earlier. */
export async function useLowVision(context: BrowserContext, baseURL: string, settings: LowVisionSettings) {
  await context.addCookies([{ name: LOW_VISION_COOKIE, value: lowVisionView(settings), url: baseURL }])
}

/** The largest text on black and white: the hardest case for layout and contrast. */
export const LARGEST_HIGH_CONTRAST: LowVisionSettings = { text: '200', contrast: 'high', images: 'shown' }
