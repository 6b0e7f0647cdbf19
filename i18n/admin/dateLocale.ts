import type { Language } from '@payloadcms/translations'
import type { FormatLongFn, Locale } from 'date-fns'
import { kk } from 'date-fns/locale/kk'

/**
 * Payload loads a language's date-fns locale by a key from its own list (`importDateFNSLocale`), and the list has no
 * Kazakh. The Kazakh admin borrows the key of Tamil, which this admin never offers; next.config.mjs sends the
 * module that key loads, `date-fns/locale/ta`, to ./dateLocaleForPayload.ts, so dates and date pickers speak Kazakh.
 */
export const KAZAKH_DATE_FNS_KEY: Language['dateFNSKey'] = 'ta'

// date-fns writes "13-ші ақпан 2026 ж."; official Kazakh puts the year first: "2026 жылғы 13 ақпан".
const date: FormatLongFn = ({ width }) => {
  if (width === 'long') return "y 'жылғы' d MMMM"
  if (width === 'full' || width === undefined) return "y 'жылғы' d MMMM, EEEE"
  return kk.formatLong.date({ width })
}

export const kazakhDateLocale: Locale = { ...kk, formatLong: { ...kk.formatLong, date } }
