import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'

import { payloadClient } from './payload'

/** Events that have not ended yet, soonest first, in this language only. */
export async function upcomingEvents(locale: Locale, limit: number, now = new Date()): Promise<Event[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'events',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: {
      and: [
        { title: { exists: true } },
        // An event without an end is upcoming until it starts.
        {
          or: [
            { endsAt: { greater_than_equal: now.toISOString() } },
            { startsAt: { greater_than_equal: now.toISOString() } },
          ],
        },
      ],
    },
    sort: 'startsAt',
    limit,
    depth: 0,
  })
  return result.docs
}
