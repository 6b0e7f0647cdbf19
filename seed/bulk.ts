// `npm run seed -- --bulk`: an archive of 10,000 releases and 2,000 events for measuring growth.
//
// The Local API takes about 80 ms a document here (three saves per document, one per language, each with
// versions), some 17 minutes for 12,000. This writes through the database adapter instead (`payload.db.create` and
// `createVersion`, which the Local API itself calls after its hooks), in a transaction per batch, with what the
// hooks would have written: every language's text and search text, each language's status published, and one
// latest version. Access control, validation and revalidation do not apply to generated content.
import type { CollectionSlug, Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { richTextToPlain } from '@/lib/search/foldText'
import { searchTextOf } from '@/lib/search/searchText'

import {
  eventTemplates,
  openingDate,
  partners,
  releaseClosing,
  releaseTemplates,
  type Partner,
} from './content/bulk'
import type { Localized } from './content/types'
import { paragraphsToRichText } from './richText'

export interface BulkOptions {
  pressReleases?: number
  events?: number
  /** The day the archive ends: releases go back ten years from it, events run to half a year after it. */
  today?: Date
}

export interface BulkSummary {
  pressReleases: number
  events: number
}

const DAY_MS = 86_400_000
const YEAR_MS = 365.25 * DAY_MS
const BATCH = 250

type Document = Record<string, unknown> & { slug: string }

const inEveryLocale = <T>(value: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(locales.map((locale) => [locale, value(locale)])) as Record<Locale, T>

const pick = <T>(list: readonly T[], index: number): T => {
  const item = list[index % list.length]
  if (item === undefined) throw new Error('Picking from an empty list')
  return item
}

/** What `fields/searchText.ts` stores: the title, the summary, then the other plain fields and the rich text. */
function searchText(
  title: Localized,
  summary: Localized,
  other: Localized[],
  body: Record<Locale, unknown>,
): Record<Locale, string> {
  return inEveryLocale((locale) =>
    searchTextOf(locale, {
      title: title[locale],
      summary: summary[locale],
      body: [...other.map((text) => text[locale]), richTextToPlain(body[locale])].join(' '),
    }),
  )
}

/** A working hour in Almaty (09:00–17:59), `days` days before `today`. */
const workingHourBefore = (today: Date, days: number, index: number): Date =>
  new Date(
    Math.floor((today.getTime() - days * DAY_MS) / DAY_MS) * DAY_MS +
      (4 + (index % 9)) * 3_600_000 +
      ((index * 7) % 60) * 60_000,
  )

function pressRelease(index: number, count: number, today: Date, ids: RelatedIds): Document {
  const template = pick(releaseTemplates, index)
  const partner: Partner = pick(partners, Math.floor(index / releaseTemplates.length))
  const publishedAt = workingHourBefore(today, (index * 10 * YEAR_MS) / count / DAY_MS + 1, index)
  const { title, summary } = template.text(
    partner,
    inEveryLocale((locale) => openingDate(publishedAt, locale)),
  )
  const body = inEveryLocale((locale) => paragraphsToRichText([summary[locale], releaseClosing[locale]]))
  return {
    slug: `${template.key}-${partner.key}-${String(index + 1).padStart(5, '0')}`,
    publishedAt: publishedAt.toISOString(),
    title,
    summary,
    body,
    heroImage: ids.images.length > 0 ? pick(ids.images, index) : null,
    topics: template.topics.map((slug) => ids.topic(slug)),
    searchText: searchText(title, summary, [], body),
  }
}

function event(index: number, count: number, today: Date, ids: RelatedIds): Document {
  const template = pick(eventTemplates, index)
  const partner = pick(partners, Math.floor(index / eventTemplates.length))
  // From nine and a half years ago to half a year ahead, so both the upcoming and the past lists are long.
  const startsAt = workingHourBefore(today, (index * 10 * YEAR_MS) / count / DAY_MS - 182, index)
  const { title, location, summary } = template.text(partner)
  const body = inEveryLocale((locale) => paragraphsToRichText([summary[locale]]))
  return {
    slug: `${template.key}-${partner.key}-${String(index + 1).padStart(5, '0')}`,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + (2 + (index % 5)) * 3_600_000).toISOString(),
    kind: template.kind,
    title,
    location,
    summary,
    body,
    topics: template.topics.map((slug) => ids.topic(slug)),
    searchText: searchText(title, summary, [location], body),
  }
}

interface RelatedIds {
  topic: (slug: string) => number
  images: number[]
}

/** The demo seed's topics and images, which the archive reuses. */
async function relatedIds(payload: Payload): Promise<RelatedIds> {
  const topics = await payload.find({ collection: 'topics', limit: 100, depth: 0, pagination: false })
  const images = await payload.find({ collection: 'media', limit: 100, depth: 0, pagination: false })
  const bySlug = new Map(topics.docs.map((topic) => [topic.slug, topic.id]))
  return {
    topic: (slug) => {
      const id = bySlug.get(slug)
      if (id === undefined) throw new Error(`Topic "${slug}" is missing: run the demo seed first`)
      return id
    },
    images: images.docs.map((image) => image.id),
  }
}

async function existingSlugs(payload: Payload, collection: 'press-releases' | 'events') {
  const found = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    draft: true,
    select: { slug: true },
  })
  return new Set(found.docs.map((doc) => doc.slug))
}

/** Writes documents as the Local API's create would after its hooks: the document, then its latest version. */
async function insert(payload: Payload, collection: CollectionSlug, documents: Document[]): Promise<void> {
  for (let start = 0; start < documents.length; start += BATCH) {
    const transactionID = await payload.db.beginTransaction()
    const req = transactionID === null ? {} : { transactionID }
    try {
      for (const document of documents.slice(start, start + BATCH)) {
        const now = new Date().toISOString()
        const data = {
          ...document,
          generateSlug: false,
          _status: inEveryLocale(() => 'published'),
          createdAt: now,
          updatedAt: now,
        }
        const created = await payload.db.create({ collection, data, req, select: { id: true } })
        await payload.db.createVersion({
          collectionSlug: collection,
          parent: created.id,
          versionData: data,
          autosave: false,
          createdAt: now,
          updatedAt: now,
          req,
          returning: false,
        })
      }
      if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
}

/** Adds what is missing of the archive; a second run adds nothing. */
export async function seedBulk(payload: Payload, options: BulkOptions = {}): Promise<BulkSummary> {
  const releaseCount = options.pressReleases ?? 10_000
  const eventCount = options.events ?? 2_000
  const today = options.today ?? new Date()
  const ids = await relatedIds(payload)

  const releaseSlugs = await existingSlugs(payload, 'press-releases')
  const releases = Array.from({ length: releaseCount }, (_, index) =>
    pressRelease(index, releaseCount, today, ids),
  ).filter((release) => !releaseSlugs.has(release.slug))
  await insert(payload, 'press-releases', releases)

  const eventSlugs = await existingSlugs(payload, 'events')
  const newEvents = Array.from({ length: eventCount }, (_, index) =>
    event(index, eventCount, today, ids),
  ).filter((item) => !eventSlugs.has(item.slug))
  await insert(payload, 'events', newEvents)

  return { pressReleases: releases.length, events: newEvents.length }
}
