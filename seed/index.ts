import type { Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'

import { documents } from './content/documents'
import { events } from './content/events'
import { pressReleases } from './content/press-releases'
import { site } from './content/site'
import { topics } from './content/topics'
import { almatyInstant } from './dates'
import { upsertDocumentPdf } from './documents'
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
  documents: number
  media: number
}

const CONTENT_COLLECTIONS = ['press-releases', 'events', 'documents', 'topics', 'media'] as const

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

  for (const document of documents) {
    const files = new Map<Locale, number>()
    for (const locale of locales) files.set(locale, await upsertDocumentPdf(payload, document, locale))
    for (const id of files.values()) media.add(id)
    await upsertBySlug(payload, 'documents', document.slug, (locale) => ({
      slug: document.slug,
      documentType: document.documentType,
      number: document.number ?? null,
      // A day of signing is kept as noon UTC of that day, as the admin's day picker keeps it.
      signedAt: `${document.signedOn}T12:00:00.000Z`,
      title: document.title[locale],
      place: document.place[locale],
      signatory: document.signatory?.[locale] ?? null,
      summary: document.summary[locale],
      file: files.get(locale)!,
      topics: topicsOf(document.topics),
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
    documents: documents.length,
    media: media.size,
  }
}
