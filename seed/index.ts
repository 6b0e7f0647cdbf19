import type { Payload } from 'payload'

import { locales } from '@/i18n/locales'

import { events } from './content/events'
import { pressReleases } from './content/press-releases'
import { site } from './content/site'
import { topics } from './content/topics'
import { almatyInstant } from './dates'
import { upsertImage } from './media'
import { paragraphsToRichText } from './richText'
import { SEED_CONTEXT, upsertBySlug } from './upsertBySlug'

export interface SeedOptions {
  /** Delete all content and media first. Users stay. */
  reset?: boolean
  /** The day event dates are counted from. */
  today?: Date
}

export interface SeedSummary {
  topics: number
  pressReleases: number
  events: number
  media: number
}

const CONTENT_COLLECTIONS = ['press-releases', 'events', 'topics', 'media'] as const

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedSummary> {
  const today = options.today ?? new Date()
  if (options.reset) {
    for (const collection of CONTENT_COLLECTIONS) {
      await payload.delete({ collection, where: { id: { exists: true } }, context: SEED_CONTEXT })
    }
  }

  const topicIds = new Map<string, number>()
  for (const topic of topics) {
    topicIds.set(
      topic.slug,
      await upsertBySlug(payload, 'topics', topic.slug, (locale) => ({
        slug: topic.slug,
        name: topic.name[locale],
      })),
    )
  }
  const topicsOf = (slugs: string[]) =>
    slugs.map((slug) => {
      const id = topicIds.get(slug)
      if (id === undefined) throw new Error(`Unknown topic "${slug}" in the seed`)
      return id
    })

  const media = new Set<number>()
  const releaseIds = new Map<string, number>()
  for (const release of pressReleases) {
    const heroImage = await upsertImage(payload, release.hero)
    const gallery: number[] = []
    for (const image of release.gallery) gallery.push(await upsertImage(payload, image))
    for (const id of [heroImage, ...gallery]) media.add(id)
    releaseIds.set(
      release.slug,
      await upsertBySlug(payload, 'press-releases', release.slug, (locale) => ({
        slug: release.slug,
        publishedAt: new Date(release.publishedAt).toISOString(),
        title: release.title[locale],
        summary: release.summary[locale],
        body: paragraphsToRichText(release.body[locale]),
        heroImage,
        gallery,
        topics: topicsOf(release.topics),
      })),
    )
  }
  // Related releases point at each other, so they are linked once all exist.
  for (const release of pressReleases) {
    const relatedReleases = release.related.map((slug) => {
      const id = releaseIds.get(slug)
      if (id === undefined) throw new Error(`Release "${release.slug}" relates to unknown "${slug}"`)
      return id
    })
    await payload.update({
      collection: 'press-releases',
      id: releaseIds.get(release.slug)!,
      data: { relatedReleases, _status: 'published' },
      context: SEED_CONTEXT,
    })
  }

  for (const event of events) {
    const images: number[] = []
    for (const image of event.images) images.push(await upsertImage(payload, image))
    for (const id of images) media.add(id)
    await upsertBySlug(payload, 'events', event.slug, (locale) => ({
      slug: event.slug,
      startsAt: almatyInstant(today, event.startsInDays, event.startsAt),
      endsAt: almatyInstant(today, event.startsInDays + event.endsAfterDays, event.endsAt),
      kind: event.kind,
      title: event.title[locale],
      location: event.location[locale],
      summary: event.summary[locale],
      body: paragraphsToRichText(event.body[locale]),
      images,
      topics: topicsOf(event.topics),
      registrationUrl: event.registrationUrl ?? null,
      broadcastUrl: event.broadcastUrl ?? null,
    }))
  }

  // Array rows keep their ids across languages, so each language's labels attach to the same rows.
  let rowIds: (string | null | undefined)[] = []
  for (const locale of locales) {
    const saved = await payload.updateGlobal({
      slug: 'site',
      locale,
      context: SEED_CONTEXT,
      data: {
        _status: 'published',
        // Off, with no text in any language: a notice left on by a test or a rehearsal ends with the next seed.
        urgentNotice: { enabled: false, level: 'warning', text: null, link: null },
        ministryName: site.ministryName[locale],
        contacts: {
          address: site.contacts.address[locale],
          phone: site.contacts.phone,
          email: site.contacts.email,
          hours: site.contacts.hours[locale],
        },
        socialLinks: site.socialLinks.map((link) => ({ ...link })),
        navigation: site.navigation.map((item, index) => ({
          id: rowIds[index],
          path: item.path,
          label: item.label[locale],
        })),
      },
    })
    rowIds = saved.navigation?.map((row) => row.id) ?? []
  }

  return {
    topics: topics.length,
    pressReleases: pressReleases.length,
    events: events.length,
    media: media.size,
  }
}
