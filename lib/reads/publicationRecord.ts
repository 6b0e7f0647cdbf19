import type { Document, Event, PressRelease } from '@/payload-types'

/** What a visitor is told of a text's publication: when, what changed since, and whether it was withdrawn. */
export interface PublicationRecord {
  publishedAt?: string
  lastUpdatedAt?: string
  changes: { at: string; note: string }[]
  withdrawal?: { at: string; explanation?: string }
}

type Published = Pick<
  PressRelease | Event | Document,
  'firstPublishedAt' | 'lastUpdatedAt' | 'changeHistory' | 'withdrawnAt' | 'withdrawalExplanation'
>

/**
 * A release is published on the date its editor gives it; events and documents have no such date, so their first
 * publication in the language, recorded when it happened, stands for it.
 */
export function publicationRecord(doc: Published, publishedAt?: string | null): PublicationRecord {
  return {
    publishedAt: publishedAt ?? doc.firstPublishedAt ?? undefined,
    lastUpdatedAt: doc.lastUpdatedAt ?? undefined,
    changes: (doc.changeHistory ?? []).map(({ at, note }) => ({ at, note })),
    withdrawal: doc.withdrawnAt
      ? { at: doc.withdrawnAt, explanation: doc.withdrawalExplanation ?? undefined }
      : undefined,
  }
}
