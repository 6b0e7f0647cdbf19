import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'

import en from '@/messages/en.json'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'

import { locales } from './locales'

const messages = { en, kk, ru }

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('UI strings', () => {
  it('exist for every language', () => {
    expect(Object.keys(messages).sort()).toEqual([...locales].sort())
  })

  it.each(locales)('%s has exactly the keys of English, none empty', (locale) => {
    expect(keys(messages[locale]).sort()).toEqual(keys(en).sort())
    for (const key of keys(messages[locale])) {
      const value = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale])
      expect(value, key).toEqual(expect.stringMatching(/\S/))
    }
  })

  it('Kazakh strings are Kazakh, not Russian copied over', () => {
    for (const key of keys(kk)) {
      const [namespace, name] = key.split('.') as [keyof typeof kk, string]
      const kazakh = (kk[namespace] as Record<string, string>)[name]
      const russian = (ru[namespace] as Record<string, string>)[name]
      if (['Форум', 'Конференция', 'Брифинг', 'Меморандум'].includes(kazakh ?? '')) continue // the same word in both
      expect(kazakh, key).not.toBe(russian)
    }
  })

  // Russian and Kazakh keep a count with its noun on one line (a non-breaking space, i18n/glossary/typography.ts).
  it('counts in Russian with one, few and many', () => {
    const t = createTranslator({ locale: 'ru', messages: ru, namespace: 'PressReleases' })
    expect(t('count', { count: 1 })).toBe('1\u00a0пресс-релиз')
    expect(t('count', { count: 3 })).toBe('3\u00a0пресс-релиза')
    expect(t('count', { count: 5 })).toBe('5\u00a0пресс-релизов')
    expect(t('count', { count: 21 })).toBe('21\u00a0пресс-релиз')
    expect(t('count', { count: 0 })).toBe('Нет пресс-релизов')
  })

  it('counts in Kazakh and English', () => {
    expect(
      createTranslator({ locale: 'kk', messages: kk, namespace: 'PressReleases' })('count', { count: 5 }),
    ).toBe('5\u00a0баспасөз релизі')
    expect(
      createTranslator({ locale: 'en', messages: en, namespace: 'PressReleases' })('count', { count: 1 }),
    ).toBe('1 press release')
  })
})
