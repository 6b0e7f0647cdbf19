import type { PaginatedDocs, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { payloadClient } from '@/lib/config/payloadClient'
import type { Event } from '@/payload-types'

import { asVisitorIn, listedIn } from './asVisitor'

export const EVENTS_PER_PAGE = 12

export type EventCardData = Pick<Event, 'id' | 'slug' | 'title' | 'kind' | 'startsAt' | 'endsAt' | 'location'>

/** Not over yet: ends now or later; an event without an end is upcoming until it starts. */
function notOver(now: Date): Where {
  const instant = now.toISOString()
  return { or: [{ endsAt: { greater_than_equal: instant } }, { startsAt: { greater_than_equal: instant } }] }
}

function over(now: Date): Where {
  const instant = now.toISOString()
  return {
    or: [
      { endsAt: { less_than: instant } },
      { and: [{ endsAt: { exists: false } }, { startsAt: { less_than: instant } }] },
    ],
  }
}

export type EventTense = 'upcoming' | 'past'

// An event moves from upcoming to past with the clock, not with an edit: these lists are also refreshed each minute.
const EVENT_LISTS_REFRESH_SECONDS = 60

/** Upcoming events soonest first; past events most recent first. */
export const eventsPage = cachedRead(
  'eventsPage',
  [CACHE_TAGS.events],
  async (
    locale: Locale,
    tense: EventTense,
    page: number,
    limit: number = EVENTS_PER_PAGE,
  ): Promise<PaginatedDocs<EventCardData>> => {
    const now = new Date()
    const payload = await payloadClient()
    return payload.find({
      collection: 'events',
      ...asVisitorIn(locale),
      where: { and: [listedIn, tense === 'upcoming' ? notOver(now) : over(now)] },
      sort: tense === 'upcoming' ? 'startsAt' : '-startsAt',
      page,
      limit,
      // A card shows no pictures or topics.
      depth: 0,
      select: { slug: true, title: true, kind: true, startsAt: true, endsAt: true, location: true },
    })
  },
  EVENT_LISTS_REFRESH_SECONDS,
)

export async function upcomingEvents(locale: Locale, limit: number): Promise<EventCardData[]> {
  return (await eventsPage(locale, 'upcoming', 1, limit)).docs
}
