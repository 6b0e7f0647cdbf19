import { setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'

import { type LowVisionSettings, parseLowVisionView } from './lowVision'

const requestView = cache((): { settings: LowVisionSettings | null } => ({ settings: null }))

/**
 * Tells this request's components its language and version (the `[view]` segment). Like next-intl's
 * setRequestLocale, which it calls, the layout and every page call it: Next.js may render a page before its layout.
 */
export function setRequestPage(locale: Locale, view: string): void {
  setRequestLocale(locale)
  requestView().settings = parseLowVisionView(view)
}

/** This request's version for the visually impaired (null: the standard one). */
export function lowVisionSettings(): LowVisionSettings | null {
  return requestView().settings
}
