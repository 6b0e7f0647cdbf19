import { Feed } from 'feed'

import type { Locale } from '@/i18n/locales'
import { absoluteUrl, paths } from '@/lib/pages/paths'
import type { DocumentListData } from '@/lib/reads/documents'
import type { PressReleaseCardData } from '@/lib/reads/pressReleases'

/** How many of the newest releases or documents a feed carries. */
export const FEED_SIZE = 30

export interface FeedTexts {
  title: string
  description: string
}

interface FeedItem {
  path: string
  title: string
  description: string
  date: string
}

/** An RSS 2.0 feed of a language's newest items, newest first, every link absolute. */
function rssFeed(
  locale: Locale,
  where: { list: string; feed: string },
  items: FeedItem[],
  texts: FeedTexts,
): string {
  const list = absoluteUrl(locale, where.list)
  const newest = items[0]
  const feed = new Feed({
    id: list,
    link: list,
    title: texts.title,
    description: texts.description,
    language: locale,
    // The feed changes when something is published, not whenever someone asks for it.
    updated: newest ? new Date(newest.date) : undefined,
    feedLinks: { rss: absoluteUrl(locale, where.feed) },
    generator: false,
  })
  for (const item of items) {
    const link = absoluteUrl(locale, item.path)
    feed.addItem({
      id: link,
      link,
      title: item.title,
      description: item.description,
      date: new Date(item.date),
    })
  }
  return feed.rss2()
}

export function pressReleaseFeed(locale: Locale, releases: PressReleaseCardData[], texts: FeedTexts): string {
  const items = releases.map((release) => ({
    path: paths.pressRelease(release.slug),
    title: release.title,
    description: release.summary,
    date: release.publishedAt,
  }))
  return rssFeed(locale, { list: paths.pressReleases(), feed: paths.pressReleaseFeed() }, items, texts)
}

/**
 * Documents have a feed of their own: whoever follows the ministry's agreements and statements (embassies, lawyers,
 * researchers) wants every new one, and the news feed's readers want news, not orders. An item's description cites
 * the document: its type, number and date of signing.
 */
export function documentFeed(
  locale: Locale,
  documents: DocumentListData[],
  texts: FeedTexts,
  cite: (document: DocumentListData) => string,
): string {
  const items = documents.map((document) => ({
    path: paths.document(document.slug),
    title: document.title,
    description: cite(document),
    date: document.signedAt,
  }))
  return rssFeed(locale, { list: paths.documents(), feed: paths.documentFeed() }, items, texts)
}
