import { getTranslations } from 'next-intl/server'

import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import { formatDate, formatTime, isoInAlmaty } from '@/lib/format/dates'
import { paths } from '@/lib/pages/paths'
import type { EventCardData } from '@/lib/reads/events'

interface Props {
  event: EventCardData
  locale: Locale
  /** One below the heading the card sits under: 2 in a list titled only by the page's h1, 3 under a section's h2. */
  headingLevel?: 2 | 3
}

export async function EventCard({ event, locale, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const t = await getTranslations({ locale, namespace: 'EventKind' })
  return (
    <article className="relative rounded-lg border-l-4 border-ministry-600 bg-ministry-50 p-4 focus-within:ring-3 focus-within:ring-gold-400">
      <p className="text-xs font-semibold tracking-wide text-ministry-700 uppercase">{t(event.kind)}</p>
      <Heading className="mt-1 leading-snug font-semibold text-ministry-900">
        <Link href={paths.event(event.slug)} className="after:absolute after:inset-0 focus:outline-none">
          {event.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-700">
        <time dateTime={isoInAlmaty(event.startsAt)}>
          {formatDate(event.startsAt, locale)}, {formatTime(event.startsAt, locale)}
        </time>
      </p>
      <p className="text-sm text-slate-700">{event.location}</p>
    </article>
  )
}
