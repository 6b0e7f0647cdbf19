import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/richText'

export type Actor = 'visitor' | Role
export const ACTORS: Actor[] = ['visitor', 'author', 'editor', 'admin']
export type Editorial = 'press-releases' | 'events'

/** What the editorial tests share: one Payload on a fresh database, and a staff member of each role. */
export class EditorialContext {
  readonly users = new Map<Actor, User | undefined>()
  private counter = 0

  constructor(
    readonly payload: Payload,
    readonly kind: string,
  ) {}

  async createStaff() {
    this.users.set('visitor', undefined)
    for (const role of ['author', 'editor', 'admin'] as const) {
      const user = await this.payload.create({
        collection: 'users',
        data: {
          email: `${role}-${this.kind}@example.com`,
          password: 'a long test password',
          name: role,
          role,
        },
      })
      this.users.set(role, user)
    }
  }

  /** Local API options that go through access control as this actor, like the admin panel and REST. */
  as(actor: Actor) {
    return { overrideAccess: false, user: this.users.get(actor) }
  }

  /** A staff member as Payload's request carries one, for APIs that take a request rather than a user. */
  staffUser(actor: Actor) {
    const user = this.users.get(actor)
    return user ? { ...user, collection: 'users' as const } : undefined
  }

  /** Whether a visitor can read this release in this language (optionally borrowing another's text). */
  async isPublicIn(id: number, locale: Locale, fallbackLocale: false | Locale = false): Promise<boolean> {
    const found = await this.payload.find({
      collection: 'press-releases',
      locale,
      fallbackLocale,
      where: { id: { equals: id } },
      ...this.as('visitor'),
    })
    return found.docs.length === 1
  }

  unique(prefix: string) {
    return `${prefix}-${this.kind}-${++this.counter}`
  }

  /** A release or event in Kazakh, created by the system or, through access control, by an actor. */
  createEditorial(
    collection: Editorial,
    status: 'draft' | 'published',
    access: { overrideAccess?: boolean; user?: User } = {},
  ) {
    const slug = this.unique(collection)
    const common = {
      slug,
      title: `Тақырып ${slug}`,
      summary: 'Қысқаша',
      body: paragraphsToRichText(['Мәтін']),
    }
    const draft = status === 'draft'
    if (collection === 'press-releases') {
      const data = { ...common, publishedAt: new Date().toISOString(), _status: status }
      return this.payload.create({ collection, locale: 'kk', draft, data, ...access })
    }
    const data = {
      ...common,
      startsAt: new Date().toISOString(),
      kind: 'official-visit' as const,
      _status: status,
    }
    return this.payload.create({
      collection,
      locale: 'kk',
      draft,
      data: { ...data, location: 'Астана' },
      ...access,
    })
  }
}
