import { locales, type Locale } from '@/i18n/locales'

export interface ShownTitle {
  title: string
  /** The language the title is in: the one asked for, or the one it was borrowed from. */
  locale: Locale
}

/**
 * A title to show staff for a text: in the language asked for if it has one, else in its source language, else in the
 * first language it has. Staff must see what a text is before it is translated; visitors never get this.
 */
export function shownTitle(
  titles: Partial<Record<Locale, string | null | undefined>> | null | undefined,
  wanted: Locale,
  source?: Locale | null,
): ShownTitle | null {
  const order = [wanted, ...(source ? [source] : []), ...locales]
  for (const locale of order) {
    const title = titles?.[locale]?.trim()
    if (title) return { title, locale }
  }
  return null
}
