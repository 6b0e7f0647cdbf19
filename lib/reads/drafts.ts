import { draftMode, headers } from 'next/headers'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import type { Document, Event, PressRelease, User } from '@/payload-types'

import type { PreviewCollection } from '../pages/paths'
import { payloadClient } from '../config/payloadClient'

/**
 * The staff member previewing drafts, or null for everyone else. Draft mode alone is not trusted: the admin session
 * must still be valid, so a leaked draft-mode cookie shows nothing but published pages.
 */
export async function previewingStaff(): Promise<{ payload: Payload; user: User } | null> {
  if (!(await draftMode()).isEnabled) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ? { payload, user } : null
}

type EditorialDocument<C extends PreviewCollection> = C extends 'events'
  ? Event
  : C extends 'documents'
    ? Document
    : PressRelease

/** The latest draft of a release, event or document in one language, read with the previewing staff member's rights. */
export async function latestDraft<C extends PreviewCollection>(
  viewer: { payload: Payload; user: User },
  collection: C,
  locale: Locale,
  slug: string,
): Promise<EditorialDocument<C> | null> {
  const result = await viewer.payload.find({
    collection,
    locale,
    fallbackLocale: false,
    draft: true,
    overrideAccess: false,
    user: viewer.user,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
  })
  return (result.docs[0] as EditorialDocument<C> | undefined) ?? null
}

/** The languages to offer while previewing: the published ones and the one being previewed, in the usual order. */
export function withLocale(languages: readonly Locale[], locale: Locale): Locale[] {
  return locales.filter((candidate) => candidate === locale || languages.includes(candidate))
}
