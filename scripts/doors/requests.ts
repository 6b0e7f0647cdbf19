// Turns the map of doors into concrete requests, seeded: the same seed gives the same requests, so a failure is
// replayed by running the same seed again.
import type { FlattenedField, SanitizedConfig } from 'payload'

import { hostileQueries } from '@/e2e/helpers/hostileQueries'
import { WITHOUT_REVIEW } from '@/e2e/helpers/withoutReview'
import { paragraphsToRichText } from '@/seed/richText'

import {
  BROKEN_BODIES,
  forbiddenFields,
  HOSTILE_CONTENT_TYPES,
  HOSTILE_IDS,
  HOSTILE_LOCALES,
  HOSTILE_SLUGS,
  HOSTILE_VALUES,
  wrongTypesFor,
} from './inputs'
import { type Door, HTTP_METHODS } from './map'
import { ACTORS, type Actor, type SiteUnderTest } from './site'

export const CATEGORIES = [
  'well-formed',
  'hostile id',
  'hostile slug',
  'hostile language',
  'hostile query',
  'broken body',
  'wrong type',
  'forbidden fields',
  'wrong method',
  'wrong content type',
] as const
export type Category = (typeof CATEGORIES)[number]

export interface FuzzRequest {
  category: Category
  /** The door's shared name (`GET /api/:collection/:id`), or the method tried on it for a wrong method. */
  door: string
  actor: Actor
  method: string
  path: string
  headers: Record<string, string>
  body?: string | FormData
}

type Pick = <T>(list: readonly T[]) => T

const EDITORIAL = ['press-releases', 'events', 'documents'] as const
type Editorial = (typeof EDITORIAL)[number]
const isEditorial = (slug: string): slug is Editorial => (EDITORIAL as readonly string[]).includes(slug)

/** A value a field would accept, so that a body reaches the hooks and validation behind the first check. */
function plausibleValue(field: FlattenedField, site: SiteUnderTest, n: number): unknown {
  switch (field.type) {
    case 'text':
      return field.name === 'slug' ? `fuzz-${n}` : `Fuzz ${field.name} ${n}`
    case 'textarea':
      return `Fuzz ${n}`
    case 'email':
      return `fuzz-${n}@example.com`
    case 'number':
      return 1
    case 'date':
      return new Date().toISOString()
    case 'checkbox':
      return false
    case 'richText':
      return paragraphsToRichText(['Fuzz'])
    case 'select':
    case 'radio': {
      const first = field.options[0]
      return typeof first === 'string' ? first : first?.value
    }
    case 'relationship':
    case 'upload': {
      const to = Array.isArray(field.relationTo) ? field.relationTo[0]! : field.relationTo
      if (to === 'media') return field.name === 'file' ? site.pdfId : site.imageId
      const id = site.ids[to]?.[0]
      return id === undefined ? undefined : field.hasMany ? [id] : id
    }
    default:
      return undefined
  }
}

function plausibleBody(fields: readonly FlattenedField[], site: SiteUnderTest, n: number) {
  const body: Record<string, unknown> = {}
  for (const field of fields)
    if ('required' in field && field.required && field.name !== 'id') {
      const value = plausibleValue(field, site, n)
      if (value !== undefined) body[field.name] = value
    }
  if (fields.some((field) => field.name === 'password')) body.password = `fuzz password ${n} long`
  return body
}

/** The fields a REST door's body is about, when it belongs to a collection or global. */
function fieldsOf(door: Door, config: SanitizedConfig): readonly FlattenedField[] {
  const [, kind, slug] = door.owner.split(' ') as [string, string, string]
  if (kind === 'collection')
    return config.collections.find((collection) => collection.slug === slug)?.flattenedFields ?? []
  if (kind === 'global') return config.globals.find((global) => global.slug === slug)?.flattenedFields ?? []
  return []
}

const ownerSlug = (door: Door) => door.owner.split(' ')[1] ?? ''

export interface Planner {
  next: () => FuzzRequest
}

export function planner(
  doors: readonly Door[],
  config: SanitizedConfig,
  site: SiteUnderTest,
  rng: () => number,
): Planner {
  const pick: Pick = (list) => list[Math.floor(rng() * list.length)]!
  const methodsAt = new Map<string, Set<string>>()
  for (const door of doors)
    methodsAt.set(door.path, new Set([...(methodsAt.get(door.path) ?? []), door.method]))
  const queries = hostileQueries(Math.floor(rng() * 2 ** 31), 500)
  let n = 0

  const idFor = (door: Door, hostile: boolean): string => {
    if (hostile) return pick(HOSTILE_IDS)
    const collection = ownerSlug(door)
    const known = site.ids[collection] ?? (collection === 'users' ? [site.victimUserId] : [])
    return known.length > 0 ? String(pick(known)) : '1'
  }
  const slugFor = (door: Door, hostile: boolean): string => {
    const collection = EDITORIAL.find((candidate) => door.path.includes(`/${candidate}/`))
    if (hostile || !collection) return pick(HOSTILE_SLUGS)
    return pick([...site.slugs[collection], ...site.formerSlugs[collection]])
  }
  // The admin's views, each with a document, a version (the seed's first few) or a query of its own.
  const adminViews = () => {
    const release = pick(site.ids['press-releases'] ?? [1])
    const version = 1 + Math.floor(rng() * 5)
    return [
      '',
      'account',
      'collections/press-releases',
      'collections/press-releases/trash',
      'collections/events',
      `collections/press-releases/${release}`,
      `collections/press-releases/${release}/versions`,
      `collections/press-releases/${release}/versions/${version}`,
      `collections/users/${site.victimUserId}`,
      'globals/site',
      'globals/site/versions',
      `globals/site/versions/${version}`,
      pick(HOSTILE_SLUGS),
    ]
  }
  const fill = (door: Door, category: Category): string => {
    let path = door.path
    for (const param of door.params) {
      const value = (() => {
        switch (param) {
          case 'id':
            // A token, not an id: Payload's e-mail verification.
            if (door.path.endsWith('/verify/:id')) return pick(HOSTILE_SLUGS)
            return idFor(door, category === 'hostile id')
          case 'slug':
            return slugFor(door, category === 'hostile slug')
          case 'locale':
            return category === 'hostile language' ? pick(HOSTILE_LOCALES) : pick(['kk', 'ru', 'en'])
          case 'filename':
            return category === 'hostile slug' ? pick(HOSTILE_SLUGS) : pick(site.mediaFilenames)
          case 'part':
            // The sitemap's part that every site has; parts by year depend on the content.
            return category === 'hostile slug' ? pick(HOSTILE_SLUGS) : 'pages.xml'
          case 'segments':
            return pick(adminViews())
          default:
            return pick(HOSTILE_SLUGS)
        }
      })()
      path = path.replace(new RegExp(`:${param}[?*+]?`), value)
    }
    return path.replace(/\/$/, '') || '/'
  }
  const queryFor = (door: Door, category: Category): string => {
    const parts: string[] = []
    if (category === 'hostile query') parts.push(door.kind === 'rest' || rng() < 0.3 ? pick(queries) : '')
    for (const key of door.query)
      if (rng() < 0.5)
        parts.push(`${key}=${category === 'hostile query' ? pick(HOSTILE_VALUES) : pick(['1', '2', 'kk'])}`)
    if (door.kind === 'rest') parts.push(`locale=${pick(['kk', 'ru', 'en'])}`)
    // Bulk updates and deletes name their documents, so that a well-formed one by an administrator spends a few
    // records rather than all of them.
    if (door.kind === 'rest' && door.params.length === 0 && ['PATCH', 'DELETE'].includes(door.method))
      parts.push(`where[id][equals]=${idFor(door, category === 'hostile id')}`)
    return parts.filter(Boolean).join('&')
  }
  const bodyFor = (door: Door, category: Category, actor: Actor): { text?: string; form?: FormData } => {
    if (door.method === 'GET' || door.method === 'DELETE') return {}
    if (door.kind !== 'rest') {
      const form = new URLSearchParams()
      for (const key of door.query) form.set(key, category === 'well-formed' ? 'kk' : pick(HOSTILE_VALUES))
      if (category !== 'well-formed')
        form.set(pick(['email', 'token', 'page', 'answer', 'comment']), pick(HOSTILE_VALUES))
      return { text: form.toString() }
    }
    if (category === 'broken body') return { text: pick(BROKEN_BODIES).text }
    const fields = fieldsOf(door, config)
    const body: Record<string, unknown> = plausibleBody(fields, site, ++n)
    if (isEditorial(ownerSlug(door)))
      Object.assign(
        body,
        actor === 'author' ? { _status: 'draft' } : { _status: 'published', ...WITHOUT_REVIEW },
      )
    if (category === 'wrong type' && fields.length > 0) {
      const field = pick(fields)
      body[field.name] = pick(wrongTypesFor(field))
    }
    if (category === 'forbidden fields') {
      Object.assign(body, forbiddenFields(site.victimUserId), { role: 'admin', _status: 'published' })
    }
    if (door.path.endsWith('/login') || door.path.endsWith('/forgot-password'))
      body.email = `fuzz-${n}@example.net`
    return { text: JSON.stringify(body) }
  }

  return {
    next: () => {
      const door = pick(doors)
      const actor = pick(ACTORS)
      const applicable: Category[] = ['well-formed', 'hostile query', 'wrong method']
      if (door.params.includes('id')) applicable.push('hostile id')
      if (['slug', 'filename', 'part'].some((param) => door.params.includes(param)))
        applicable.push('hostile slug')
      if (door.params.includes('locale')) applicable.push('hostile language')
      if (door.method !== 'GET' && door.method !== 'DELETE')
        applicable.push('broken body', 'wrong type', 'forbidden fields', 'wrong content type')
      const category = pick(applicable)
      const query = queryFor(door, category)
      const path = `${fill(door, category)}${query ? `?${query}` : ''}`
      const headers: Record<string, string> = { ...site.headers[actor] }
      // Signing out or refreshing would end the actor's session for the rest of the run: those doors get none.
      if (/\/(logout|refresh-token)$/.test(door.path)) delete headers.Authorization
      if (category === 'wrong method') {
        const taken = methodsAt.get(door.path) ?? new Set()
        const method = pick([...HTTP_METHODS, 'OPTIONS', 'HEAD'].filter((candidate) => !taken.has(candidate)))
        return { category, door: `${method} ≠ ${door.name}`, actor, method, path, headers }
      }
      const { text, form } = bodyFor(door, category, actor)
      if (form) return { category, door: door.name, actor, method: door.method, path, headers, body: form }
      if (text !== undefined) {
        headers['content-type'] =
          category === 'wrong content type'
            ? pick(HOSTILE_CONTENT_TYPES)
            : door.kind === 'rest'
              ? 'application/json'
              : 'application/x-www-form-urlencoded'
      }
      return { category, door: door.name, actor, method: door.method, path, headers, body: text }
    },
  }
}
