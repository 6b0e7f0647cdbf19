// Every date the site shows goes through here: in the visitor's language, on Almaty's clock.
import type { Locale } from '@/i18n/locales'
import { localeTags } from '@/i18n/locales'

export const TIME_ZONE = 'Asia/Almaty'

function parts(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions) {
  const found = new Intl.DateTimeFormat(localeTags[locale], {
    timeZone: TIME_ZONE,
    ...options,
  }).formatToParts(date)
  return (type: Intl.DateTimeFormatPartTypes) => found.find((part) => part.type === type)?.value ?? ''
}

/** "13 February 2026", "13 февраля 2026 г.", "2026 жылғы 13 ақпан". */
export function formatDate(value: Date | string, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value
  if (locale === 'kk') {
    // ICU abbreviates to "2026 ж. 13 ақпан"; the press service writes the year out in full.
    const part = parts(date, locale, { year: 'numeric', month: 'long', day: 'numeric' })
    return `${part('year')} жылғы ${part('day')} ${part('month')}`
  }
  return new Intl.DateTimeFormat(localeTags[locale], { timeZone: TIME_ZONE, dateStyle: 'long' }).format(date)
}

/** "15:00" in Almaty. */
export function formatTime(value: Date | string, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value
  return new Intl.DateTimeFormat(localeTags[locale], {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date)
}

/** The machine-readable value of a `<time dateTime>`: the instant with Almaty's offset. */
export function isoInAlmaty(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value
  const part = parts(date, 'en', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}+05:00`
}
