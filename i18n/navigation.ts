import type { Locale } from './locales'

/** Where a link points: a path without the language, or a path with its query. */
export type Href = string | { pathname: string; query?: Record<string, string> }

/**
 * The address of a page in a language: the language always comes first (next-intl's `localePrefix: 'always'`).
 * Not next-intl's createNavigation: its module brings next-intl's client-side link into every page's JavaScript,
 * and the site's links are plain anchors (components/Link).
 */
export function getPathname({ href, locale }: { href: Href; locale: Locale }): string {
  const { pathname, query = {} } = typeof href === 'string' ? { pathname: href } : href
  const search = new URLSearchParams(query).toString()
  return `/${locale}${pathname === '/' ? '' : pathname}${search ? `?${search}` : ''}`
}
