// Every date the site shows goes through here: in the visitor's language, on Almaty's clock.
import type { Locale } from '@/i18n/locales'
import { localeTags } from '@/i18n/locales'

export const TIME_ZONE = 'Asia/Almaty'

// Building a formatter (its locale's data, Almaty's time zone) takes about 100 µs here, using one about 1 µs, and a
// page shows dozens of dates: each is built once per language and style.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(localeTags[locale], { timeZone: TIME_ZONE, ...options })
    formatters.set(key, found)
  }
  return found
}

function parts(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions) {
  const found = formatter(locale, options).formatToParts(date)
  return (type: Intl.DateTimeFormatPartTypes) => found.find((part) => part.type === type)?.value ?? ''
}

/** "13 February 2026", "13 февраля 2026 г.", "2026 жылғы 13 ақпан". */
export function formatDate(value: Date | string, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value
  if (locale === 'kk') {
    // ICU abbreviates to "2026 ж. 13 ақпан"; the press service writes the year out in full. A number keeps the word
    // after it on its line, as in Russian.
    const part = parts(date, locale, { year: 'numeric', month: 'long', day: 'numeric' })
    return `${part('year')}\u00a0жылғы ${part('day')}\u00a0${part('month')}`
  }
  const written = formatter(locale, { dateStyle: 'long' }).format(date)
  // Russian typography keeps a number with the word after it on one line: «13 февраля», «2026 г.».
  return locale === 'ru' ? written.replace(/(\d) /g, '$1\u00a0') : written
}

// Each month's endings, by its last sound and vowel harmony: the locative-attributive («қарашадағы», «қыркүйектегі»)
// and the ablative («қарашадан», «желтоқсаннан»).
const KAZAKH_MONTH_ENDINGS: Record<string, { of: string; from: string }> = {
  қаңтар: { of: 'дағы', from: 'дан' },
  ақпан: { of: 'дағы', from: 'нан' },
  наурыз: { of: 'дағы', from: 'дан' },
  сәуір: { of: 'дегі', from: 'ден' },
  мамыр: { of: 'дағы', from: 'дан' },
  маусым: { of: 'дағы', from: 'нан' },
  шілде: { of: 'дегі', from: 'ден' },
  тамыз: { of: 'дағы', from: 'дан' },
  қыркүйек: { of: 'тегі', from: 'тен' },
  қазан: { of: 'дағы', from: 'нан' },
  қараша: { of: 'дағы', from: 'дан' },
  желтоқсан: { of: 'дағы', from: 'нан' },
}

/** A Kazakh date whose month takes an ending: «2025 жылғы 20 қарашадағы», «2026 жылғы 6 желтоқсаннан». */
function kazakhDateWith(value: Date | string, ending: 'of' | 'from'): string {
  const date = typeof value === 'string' ? new Date(value) : value
  const part = parts(date, 'kk', { year: 'numeric', month: 'long', day: 'numeric' })
  const month = part('month')
  const endings = KAZAKH_MONTH_ENDINGS[month]
  if (!endings) throw new Error(`No Kazakh ending for the month «${month}»`)
  return `${part('year')}\u00a0жылғы ${part('day')}\u00a0${month}${endings[ending]}`
}

/**
 * The date a document is cited by: «2025 жылғы 20 қарашадағы» (Kazakh puts it before the number and the type, and the
 * month takes the ending), «20 ноября 2025 г.», "20 November 2025".
 */
export function formatCitationDate(value: Date | string, locale: Locale): string {
  return locale === 'kk' ? kazakhDateWith(value, 'of') : formatDate(value, locale)
}

/** Since a date: «2026 жылғы 6 желтоқсаннан бастап», «с 6 декабря 2026 г.», "since 6 December 2026". */
export function formatSince(value: Date | string, locale: Locale): string {
  if (locale === 'kk') return `${kazakhDateWith(value, 'from')} бастап`
  return `${locale === 'ru' ? 'с' : 'since'} ${formatDate(value, locale)}`
}

/** "15:00" in Almaty. */
export function formatTime(value: Date | string, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)
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

/** The year of an instant on Almaty's calendar. */
export function almatyYear(value: Date | string): number {
  const date = typeof value === 'string' ? new Date(value) : value
  return Number(parts(date, 'en', { year: 'numeric' })('year'))
}

/** The instants (ISO, UTC) that open a year in Almaty and the next one, for "published in year X" queries. */
export function almatyYearRange(year: number): { start: string; end: string } {
  // Asia/Almaty is UTC+5 all year: a year opens at 19:00 UTC on 31 December.
  const opening = (y: number) => new Date(Date.UTC(y, 0, 1, -5)).toISOString()
  return { start: opening(year), end: opening(year + 1) }
}

/** When an event takes place: "13 February 2026, 10:00–12:00", or both dates for an event over several days. */
export function formatEventSpan(startsAt: string, endsAt: string | null | undefined, locale: Locale): string {
  const start = `${formatDate(startsAt, locale)}, ${formatTime(startsAt, locale)}`
  if (!endsAt) return start
  if (formatDate(startsAt, locale) === formatDate(endsAt, locale))
    return `${start}–${formatTime(endsAt, locale)}`
  // Between two dates that have spaces of their own: an em dash in Kazakh and Russian, an en dash in English.
  const dash = locale === 'en' ? ' – ' : '\u00a0— '
  return `${start}${dash}${formatDate(endsAt, locale)}, ${formatTime(endsAt, locale)}`
}
