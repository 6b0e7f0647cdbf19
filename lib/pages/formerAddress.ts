import { permanentRedirect } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { currentSlug } from '@/lib/reads/formerSlugs'

import type { EditorialCollection } from './paths'

/**
 * A page or file of a text at an address the text has left: a permanent redirect (308) to the same page at its
 * address now, in the same language, so that shared links and search engines follow. Returns when there is none.
 */
export async function redirectFromFormerSlug(
  collection: EditorialCollection,
  locale: Locale,
  slug: string,
  pathFor: (slug: string) => string,
): Promise<void> {
  const current = await currentSlug(collection, locale, slug)
  if (current) permanentRedirect(getPathname({ href: pathFor(current), locale }))
}

/** The same for a route handler's file (a calendar entry, a share image): its answer, or null when there is none. */
export async function formerAddressRedirect(
  collection: EditorialCollection,
  locale: Locale,
  slug: string,
  pathFor: (slug: string) => string,
): Promise<Response | null> {
  const current = await currentSlug(collection, locale, slug)
  if (!current) return null
  return new Response(null, {
    status: 308,
    headers: { Location: getPathname({ href: pathFor(current), locale }) },
  })
}
