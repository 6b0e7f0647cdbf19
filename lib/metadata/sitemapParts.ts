import type { MetadataRoute } from 'next'

import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { absoluteUrl, paths } from '@/lib/pages/paths'

import { languageLinks, onlyIn } from './alternates'
import type { PublishedDocument, SitemapContent } from './sitemapContent'

interface SitemapPage {
  path: string
  languages: readonly Locale[]
  /** Per language: when what the page shows there last changed, if known. */
  lastModified: (locale: Locale) => string | undefined
}

/** The newest change among the documents a language has. */
function newest(documents: PublishedDocument[]) {
  return (locale: Locale) =>
    documents
      .filter((document) => document.languages.includes(locale))
      .reduce<string | undefined>(
        (latest, document) => (latest && latest > document.updatedAt ? latest : document.updatedAt),
        undefined,
      )
}

/**
 * One entry per page and language, each naming the page's other languages (hreflang, x-default). Search results
 * stay out: they are not pages of their own.
 */
export function sitemapEntries({ pressReleases, events, documents }: SitemapContent): MetadataRoute.Sitemap {
  const pages: SitemapPage[] = [
    { path: paths.home(), languages: locales, lastModified: newest([...pressReleases, ...events]) },
    { path: paths.pressReleases(), languages: locales, lastModified: newest(pressReleases) },
    { path: paths.events(), languages: locales, lastModified: newest(events) },
    { path: paths.pastEvents(), languages: locales, lastModified: newest(events) },
    { path: paths.documents(), languages: locales, lastModified: newest(documents) },
    { path: paths.accessibilityStatement(), languages: locales, lastModified: () => undefined },
    ...pressReleases.map((release) => ({
      path: paths.pressRelease(release.slug),
      languages: release.languages,
      lastModified: () => release.updatedAt,
    })),
    ...events.map((event) => ({
      path: paths.event(event.slug),
      languages: event.languages,
      lastModified: () => event.updatedAt,
    })),
    ...documents.map((document) => ({
      path: paths.document(document.slug),
      languages: document.languages,
      lastModified: () => document.updatedAt,
    })),
  ]
  return pages.flatMap((page) => {
    const languages = languageLinks(onlyIn(page.languages, page.path))
    return page.languages.map((locale) => {
      const lastModified = page.lastModified(locale)
      return {
        url: absoluteUrl(locale, page.path),
        ...(lastModified && { lastModified }),
        alternates: { languages },
      }
    })
  })
}
