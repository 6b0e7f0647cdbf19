// Structured data (schema.org, as JSON-LD) that search engines read from a page.
import type { Locale } from '@/i18n/locales'
import { absoluteAssetUrl, absoluteUrl, paths } from '@/lib/pages/paths'
import type { Site } from '@/payload-types'

import type { SocialImage } from './pageMetadata'

export type JsonLdThing = { '@type': string } & { [key: string]: unknown }

/**
 * JSON for inside a `<script>`: `<` is written as \u003c so that no text (a title with "</script>") can close the
 * element, and the two line separators that JavaScript parsers once choked on are escaped too.
 */
export function serializeJsonLd(data: JsonLdThing): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export interface MinistryFacts {
  name: string
  address?: string
  telephone?: string
  email?: string
  /** The ministry's own pages on social networks. */
  sameAs?: string[]
}

/** What the site settings say about the ministry. */
export function ministryFacts(site: Site): MinistryFacts {
  return {
    name: site.ministryName,
    address: site.contacts?.address,
    telephone: site.contacts?.phone,
    email: site.contacts?.email,
    sameAs: site.socialLinks?.map((link) => link.url),
  }
}

/** The ministry as an organization; `locale` chooses the home page it is said to be at. */
export function governmentOrganization(locale: Locale, ministry: MinistryFacts): JsonLdThing {
  return {
    '@type': 'GovernmentOrganization',
    '@id': `${absoluteAssetUrl('/')}#ministry`,
    name: ministry.name,
    url: absoluteUrl(locale, paths.home()),
    logo: absoluteAssetUrl('/mark.svg'),
    ...(ministry.address && {
      address: { '@type': 'PostalAddress', streetAddress: ministry.address, addressCountry: 'KZ' },
    }),
    ...(ministry.telephone && { telephone: ministry.telephone }),
    ...(ministry.email && { email: ministry.email }),
    ...(ministry.sameAs?.length && { sameAs: ministry.sameAs }),
  }
}

export interface BreadcrumbItem {
  name: string
  /** Absolute; absent for the page itself. */
  url?: string
}

export function breadcrumbList(items: BreadcrumbItem[]): JsonLdThing {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      ...(item.url && { item: item.url }),
    })),
  }
}

export interface ArticleFacts {
  url: string
  headline: string
  description: string
  datePublished: string
  dateModified: string
  locale: Locale
  image: SocialImage
  /** The ministry's name: author and publisher. */
  ministry: string
}

export function newsArticle(article: ArticleFacts): JsonLdThing {
  const ministry = governmentOrganization(article.locale, { name: article.ministry })
  return {
    '@type': 'NewsArticle',
    mainEntityOfPage: article.url,
    url: article.url,
    headline: article.headline,
    description: article.description,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    inLanguage: article.locale,
    image: [article.image.url],
    author: ministry,
    publisher: ministry,
  }
}

export interface EventFacts {
  url: string
  name: string
  description: string
  startDate: string
  endDate?: string | null
  location: string
  locale: Locale
  image: SocialImage
  /** Where it is streamed, if it is: then it takes place online as well as in person. */
  broadcastUrl?: string | null
  /** The ministry's name: the organizer. */
  ministry: string
}

export function eventJsonLd(event: EventFacts): JsonLdThing {
  return {
    '@type': 'Event',
    url: event.url,
    name: event.name,
    description: event.description,
    startDate: event.startDate,
    ...(event.endDate && { endDate: event.endDate }),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: event.broadcastUrl
      ? 'https://schema.org/MixedEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: [
      { '@type': 'Place', name: event.location, address: event.location },
      ...(event.broadcastUrl ? [{ '@type': 'VirtualLocation', url: event.broadcastUrl }] : []),
    ],
    inLanguage: event.locale,
    image: [event.image.url],
    organizer: governmentOrganization(event.locale, { name: event.ministry }),
  }
}
