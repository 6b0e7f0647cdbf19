import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/richText'

export const PASSWORD = 'a long test password'

/** What the concurrency tests share: Payload on a fresh database, its address, and releases to save. */
export class ConcurrencyContext {
  private counter = 0

  constructor(
    readonly payload: Payload,
    readonly kind: string,
    readonly databaseUri: string,
  ) {}

  unique(prefix: string) {
    return `${prefix}-${this.kind}-${++this.counter}`
  }

  staff(role: Role): Promise<User> {
    return this.payload.create({
      collection: 'users',
      data: { email: `${this.unique(role)}@example.com`, password: PASSWORD, name: role, role },
    })
  }

  /** A release published in all three languages (or in Kazakh only), as the newsroom keeps most of them. */
  async publishedRelease(languages: readonly Locale[] = ['kk', 'ru', 'en']): Promise<number> {
    const slug = this.unique('release')
    const texts = {
      kk: { title: `Қазақша тақырып ${slug}`, summary: 'Қазақша қысқаша', body: 'Қазақша мәтін' },
      ru: { title: `Русский заголовок ${slug}`, summary: 'Кратко по-русски', body: 'Русский текст' },
      en: { title: `English title ${slug}`, summary: 'English summary', body: 'English text' },
    }
    const context = { disableRevalidate: true }
    const created = await this.payload.create({
      collection: 'press-releases',
      locale: 'kk',
      context,
      data: {
        slug,
        publishedAt: '2020-01-15T05:00:00.000Z',
        ...texts.kk,
        body: paragraphsToRichText([texts.kk.body]),
        _status: 'published',
      },
    })
    for (const locale of languages.filter((language) => language !== 'kk')) {
      const text = texts[locale]
      await this.payload.update({
        collection: 'press-releases',
        id: created.id,
        locale,
        context,
        data: { ...text, body: paragraphsToRichText([text.body]), _status: 'published' },
      })
    }
    return created.id
  }
}
