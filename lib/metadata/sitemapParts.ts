import type { SitemapItemLoose } from 'sitemap'

import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import type { EditorialCollection } from '@/lib/pages/paths'
import { absoluteUrl, editorialPath, paths } from '@/lib/pages/paths'

import { languageLinks, onlyIn } from './alternates'
import type { PublishedDocument, SitemapContent } from './sitemapContent'

interface SitemapPage {
  path: string
  languages: readonly Locale[]
  /** Per language: when what the page shows there last changed, if known. */
  lastModified: (locale: Locale) => string | undefined
}

/** One file of the sitemap, named in its address: `/sitemaps/{name}.xml`. */
export interface SitemapPart {
  name: string
  pages: SitemapPage[]
}

/** The newest of a set of dates (ISO strings sort as the moments they name). */
function newestOf(dates: (string | undefined)[]): string | undefined {
  return dates.reduce<string | undefined>(
    (latest, date) => (latest && (!date || latest > date) ? latest : date),
    undefined,
  )
}

/** The newest change among the documents a language has. */
function newest(documents: PublishedDocument[]) {
  return (locale: Locale) =>
    newestOf(
      documents
        .filter((document) => document.languages.includes(locale))
        .map((document) => document.updatedAt),
    )
}

/** A collection's texts, one part a year: the protocol allows 50,000 addresses a file, and a year stays one file. */
function partsByYear(collection: EditorialCollection, documents: PublishedDocument[]): SitemapPart[] {
  const years = [...new Set(documents.map((document) => document.year))].sort((a, b) => b - a)
  return years.map((year) => ({
    name: `${collection}-${year}`,
    pages: documents
      .filter((document) => document.year === year)
      .map((document) => ({
        path: editorialPath(collection, document.slug),
        languages: document.languages,
        lastModified: () => document.updatedAt,
      })),
  }))
}

/**
 * The sitemap's files: the site's own pages (home, the lists, the accessibility statement), then releases, events and
 * documents by year, newest first. Search results stay out: they are not pages of their own.
 */
export function sitemapParts({ pressReleases, events, documents }: SitemapContent): SitemapPart[] {
  const sitePages: SitemapPart = {
    name: 'pages',
    pages: [
      { path: paths.home(), languages: locales, lastModified: newest([...pressReleases, ...events]) },
      { path: paths.pressReleases(), languages: locales, lastModified: newest(pressReleases) },
      { path: paths.events(), languages: locales, lastModified: newest(events) },
      { path: paths.pastEvents(), languages: locales, lastModified: newest(events) },
      { path: paths.documents(), languages: locales, lastModified: newest(documents) },
      { path: paths.accessibilityStatement(), languages: locales, lastModified: () => undefined },
    ],
  }
  return [
    sitePages,
    ...partsByYear('press-releases', pressReleases),
    ...partsByYear('events', events),
    ...partsByYear('documents', documents),
  ]
}

/** When anything a part lists last changed, in any language: the index's `lastmod` for it. */
export function partLastModified(part: SitemapPart): string | undefined {
  return newestOf(part.pages.flatMap((page) => page.languages.map((locale) => page.lastModified(locale))))
}

/** One entry per page and language, each naming the page's other languages (hreflang, x-default). */
export function sitemapEntries(part: SitemapPart): SitemapItemLoose[] {
  return part.pages.flatMap((page) => {
    const languages = Object.entries(languageLinks(onlyIn(page.languages, page.path)))
    const links = languages.map(([lang, url]) => ({ lang, url }))
    return page.languages.map((locale) => {
      const lastmod = page.lastModified(locale)
      return { url: absoluteUrl(locale, page.path), ...(lastmod && { lastmod }), links }
    })
  })
}
