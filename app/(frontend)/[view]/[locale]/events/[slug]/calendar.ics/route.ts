import { isLocale } from '@/i18n/locales'
import { eventCalendar } from '@/lib/metadata/eventCalendar'
import { formerAddressRedirect } from '@/lib/pages/formerAddress'
import { paths } from '@/lib/pages/paths'
import { publishedBySlug } from '@/lib/reads/bySlug'

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** "Add to calendar": the event as an .ics file, its texts in the page's language. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFound()
  const event = await publishedBySlug('events', locale, slug)
  if (!event) return (await formerAddressRedirect('events', locale, slug, paths.eventCalendar)) ?? notFound()
  return new Response(eventCalendar(event, locale), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
    },
  })
}
