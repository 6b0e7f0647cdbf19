import type { Locale } from '../../i18n/locales'
import { locales } from '../../i18n/locales'

/** A release the seed writes in all three languages, with a photo gallery. */
export const RELEASE = 'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek'
/** An event the seed writes in all three languages, with photos. */
export const EVENT = 'days-of-kazakh-cinema-in-bishkek'

/** A word every language's seed content contains, so the search page shows results. */
const SEARCH_WORD: Record<Locale, string> = { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' }

export const PAGE_TYPES = [
  'home',
  'press releases',
  'press release',
  'events',
  'event',
  'documents',
  'search',
] as const
export type PageType = (typeof PAGE_TYPES)[number]

export function pathOf(type: PageType, locale: Locale): string {
  switch (type) {
    case 'home':
      return `/${locale}`
    case 'press releases':
      return `/${locale}/press-releases`
    case 'press release':
      return `/${locale}/press-releases/${RELEASE}`
    case 'events':
      return `/${locale}/events`
    case 'event':
      return `/${locale}/events/${EVENT}`
    case 'documents':
      return `/${locale}/documents`
    case 'search':
      return `/${locale}/search?q=${encodeURIComponent(SEARCH_WORD[locale])}`
  }
}

export interface PublicPage {
  type: PageType
  locale: Locale
  path: string
  /** Search results are kept out of search engines (noindex), which Lighthouse's SEO score counts against them. */
  indexed: boolean
}

const publicPage = (type: PageType, locale: Locale): PublicPage => ({
  type,
  locale,
  path: pathOf(type, locale),
  indexed: type !== 'search',
})

/** Every public page type in every language. */
export const PUBLIC_PAGES: PublicPage[] = locales.flatMap((locale) =>
  PAGE_TYPES.map((type) => publicPage(type, locale)),
)

/** Each page type once, the languages taking turns: a sample for the slower checks. */
export const ONE_PAGE_PER_TYPE: PublicPage[] = PAGE_TYPES.map((type, index) =>
  publicPage(type, locales[index % locales.length]!),
)
