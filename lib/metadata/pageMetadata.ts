// What a page tells search engines and the networks its links are shared on; pure, so it is tested without a server.
import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { absoluteAssetUrl, absoluteUrl, paths } from '@/lib/pages/paths'
import type { Media } from '@/payload-types'

import type { Alternates } from './alternates'
import { alternatesMetadata } from './alternates'

/** The size of a drawn card: every network crops it without losing the edges. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** Open Graph names languages with a territory. */
export const openGraphLocales: Record<Locale, string> = { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_US' }

export interface SocialImage {
  url: string
  width: number
  height: number
  alt: string
  type: string
}

/** Formats every network reads; WebP and AVIF uploads get the drawn card instead. */
const SHAREABLE_TYPES = ['image/jpeg', 'image/png']

/** A page's photo as a share image, if it has one that every network can show. */
export function shareablePhoto(media: Media | number | null | undefined): SocialImage | undefined {
  if (!media || typeof media === 'number') return undefined
  const { url, width, height, mimeType, alt } = media
  if (!url || !width || !height || !mimeType || !SHAREABLE_TYPES.includes(mimeType)) return undefined
  return { url: absoluteAssetUrl(url), width, height, alt, type: mimeType }
}

function drawnCard(locale: Locale, path: string, alt: string): SocialImage {
  return { url: absoluteUrl(locale, path), ...SHARE_IMAGE_SIZE, alt, type: 'image/png' }
}

/** The ministry's card, for pages without a picture of their own. */
export function ministryCard(locale: Locale, ministry: string): SocialImage {
  return drawnCard(locale, paths.shareImage(), ministry)
}

/** The card of a release without a photo: its title over the ministry's mark. */
export function pressReleaseCard(locale: Locale, slug: string, title: string): SocialImage {
  return drawnCard(locale, paths.pressReleaseShareImage(slug), title)
}

export interface PageFacts {
  locale: Locale
  title: string
  /** The home page's title stands alone, without the ministry's name after it. */
  titleStandsAlone?: boolean
  description: string
  /** Where the page is in each language. */
  alternates: Alternates
  /** Filters and page number that make this address a page of its own. */
  query?: Record<string, string>
  /** Absent: the ministry's card. */
  image?: SocialImage
  article?: { publishedTime: string; modifiedTime: string }
  noindex?: boolean
  /** A feed of this page's own, announced besides the press releases' (the documents' pages). */
  feed?: { path: string; title: string }
}

/** Texts every page's metadata needs, in the page's language. */
export interface SiteTexts {
  ministry: string
  feedTitle: string
}

/** The `<link rel="alternate">` to the press-release feed of a language, announced on every page, and the page's own. */
export function feedLinks(locale: Locale, feedTitle: string, own?: { path: string; title: string }) {
  const releases = { url: absoluteUrl(locale, paths.pressReleaseFeed()), title: feedTitle }
  const feeds = own ? [releases, { url: absoluteUrl(locale, own.path), title: own.title }] : [releases]
  return { 'application/rss+xml': feeds }
}

export function pageMetadata(page: PageFacts, texts: SiteTexts): Metadata {
  const { locale, title, description } = page
  const links = alternatesMetadata(locale, page.alternates, page.query)
  const image = page.image ?? ministryCard(locale, texts.ministry)
  const shared = {
    siteName: texts.ministry,
    title,
    description,
    url: links.canonical ?? undefined,
    locale: openGraphLocales[locale],
    alternateLocale: locales
      .filter((other) => other !== locale && page.alternates[other] !== null)
      .map((other) => openGraphLocales[other]),
    images: [image],
  }
  return {
    title: page.titleStandsAlone ? { absolute: title } : title,
    description,
    alternates: { ...links, types: feedLinks(locale, texts.feedTitle, page.feed) },
    openGraph: page.article
      ? { ...shared, type: 'article', ...page.article }
      : { ...shared, type: 'website' },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
    ...(page.noindex ? { robots: { index: false } } : {}),
  }
}
