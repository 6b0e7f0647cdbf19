import { createEvent } from 'ics'

import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/config/environment'
import { absoluteUrl, paths } from '@/lib/pages/paths'
import type { Event } from '@/payload-types'

// Without an end, a calendar shows the event as an hour long.
const DEFAULT_DURATION_MS = 60 * 60 * 1000

/** An iCalendar file for one event in one language; times in UTC, which every calendar converts. */
export function eventCalendar(event: Event, locale: Locale): string {
  const start = new Date(event.startsAt).getTime()
  const end = event.endsAt ? new Date(event.endsAt).getTime() : start + DEFAULT_DURATION_MS
  const { error, value } = createEvent({
    uid: `event-${event.id}@${new URL(siteUrl()).hostname}`,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: event.summary,
    location: event.location,
    url: absoluteUrl(locale, paths.event(event.slug)),
    productId: 'mfa.gov.kz/portal',
  })
  if (error || !value) throw error ?? new Error(`Could not write a calendar entry for event ${event.id}`)
  return value
}
