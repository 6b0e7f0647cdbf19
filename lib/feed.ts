import { Feed } from 'feed'

import type { Locale } from '@/i18n/locales'

import { absoluteUrl, paths } from './paths'
import type { PressReleaseCardData } from './pressReleases'

/** How many of the newest releases a feed carries. */
export const FEED_SIZE = 30

export interface FeedTexts {
  title: string
  description: string
}

/** An RSS 2.0 feed of a language's newest releases, newest first, every link absolute. */
export function pressReleaseFeed(locale: Locale, releases: PressReleaseCardData[], texts: FeedTexts): string {
  const list = absoluteUrl(locale, paths.pressReleases())
  const newest = releases[0]
  const feed = new Feed({
    id: list,
    link: list,
    title: texts.title,
    description: texts.description,
    language: locale,
    // The feed changes when a release is published, not whenever someone asks for it.
    updated: newest ? new Date(newest.publishedAt) : undefined,
    feedLinks: { rss: absoluteUrl(locale, paths.pressReleaseFeed()) },
    generator: false,
  })
  for (const release of releases) {
    const link = absoluteUrl(locale, paths.pressRelease(release.slug))
    feed.addItem({
      id: link,
      link,
      title: release.title,
      description: release.summary,
      date: new Date(release.publishedAt),
    })
  }
  return feed.rss2()
}
