import { getLocale } from 'next-intl/server'
import type { ComponentProps } from 'react'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getPathname, type Href } from '@/i18n/navigation'

interface Props extends Omit<ComponentProps<'a'>, 'href'> {
  /** A path without the language, or a path with its query. */
  href: Href
  /** The language of the page linked to: this page's unless told. */
  locale?: Locale
}

/**
 * A link to a page of the site, in a language, as a plain anchor rendered on the server. Pages are cached whole and
 * load fast as they are; a client-side router link would add JavaScript to every page for little gain.
 */
export async function Link({ href, locale, ...anchor }: Props) {
  const current = await getLocale()
  const language = locale ?? (isLocale(current) ? current : defaultLocale)
  return <a href={getPathname({ href, locale: language })} {...anchor} />
}
