// Addresses of the public pages, without the language prefix (next-intl's Link adds it).
import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/config/environment'

export const paths = {
  home: () => '/',
  pressReleases: () => '/press-releases',
  pressRelease: (slug: string) => `/press-releases/${slug}`,
  events: () => '/events',
  pastEvents: () => '/events/past',
  event: (slug: string) => `/events/${slug}`,
  eventCalendar: (slug: string) => `/events/${slug}/calendar.ics`,
  documents: () => '/documents',
  document: (slug: string) => `/documents/${slug}`,
  documentFeed: () => '/documents/feed.xml',
  search: () => '/search',
  accessibilityStatement: () => '/accessibility',
  /** Where the version for the visually impaired's settings form sends its choice (a route handler). */
  lowVisionSettings: () => '/low-vision',
  /** Where "Is this page useful?" is posted (a route handler). */
  feedback: () => '/feedback',
  /** E-mail alerts: the form, where it is posted, and the two links the messages carry (route handlers). */
  subscribe: () => '/subscribe',
  subscribeRequest: () => '/subscribe/request',
  confirmSubscription: () => '/subscribe/confirm',
  unsubscribe: () => '/subscribe/unsubscribe',
  pressReleaseFeed: () => '/press-releases/feed.xml',
  shareImage: () => '/share-image.png',
  pressReleaseShareImage: (slug: string) => `/press-releases/${slug}/share-image.png`,
}

/** The absolute address of a page in a language, for sharing, calendars and alternates. */
export function absoluteUrl(locale: Locale, path: string): string {
  return `${siteUrl()}/${locale}${path === '/' ? '' : path}`
}

/** The collections written in the newsroom and published language by language, each with a public page per text. */
export const EDITORIAL_COLLECTIONS = ['press-releases', 'events', 'documents'] as const
export type EditorialCollection = (typeof EDITORIAL_COLLECTIONS)[number]

export function isEditorialCollection(value: unknown): value is EditorialCollection {
  return typeof value === 'string' && (EDITORIAL_COLLECTIONS as readonly string[]).includes(value)
}

/** The public page of a release, event or document. */
export function editorialPath(collection: EditorialCollection, slug: string): string {
  if (collection === 'events') return paths.event(slug)
  if (collection === 'documents') return paths.document(slug)
  return paths.pressRelease(slug)
}

/** Where the admin's Preview button and Live Preview send staff: Payload's /api/preview, which checks who asks. */
export function previewUrl(collection: EditorialCollection, slug: unknown, locale: string): string | null {
  if (typeof slug !== 'string' || slug.length === 0) return null
  const query = new URLSearchParams({ collection, slug, locale })
  return `/api/preview?${query.toString()}`
}

/** The absolute address of something served outside the language prefixes: uploads, the mark, the sitemap. */
export function absoluteAssetUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, siteUrl()).toString()
}
