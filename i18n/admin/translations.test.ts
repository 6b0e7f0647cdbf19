import { enTranslations } from '@payloadcms/translations/languages/en'
import { ruTranslations } from '@payloadcms/translations/languages/ru'
import { describe, expect, it } from 'vitest'

import { kkTranslations } from './kk'

type Tree = { [key: string]: Tree | string }

/** Every string of a translation tree, by its path (`general:save`), as Payload looks it up. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : [...leaves(value, `${prefix}${key}:`)],
    ),
  )
}

const english = leaves(enTranslations)
const russian = leaves(ruTranslations)
const kazakh = leaves(kkTranslations)

/** Loan words Kazakh shares with Russian; anything else equal to the Russian would be a copy. */
const SAME_AS_RUSSIAN = ['fields:block']

/** Latin that belongs in Kazakh text: acronyms. */
const LATIN_ALLOWED = /\b(API|ID|URL)\b/g

/** What Payload fills in or renders: `{{label}}`, `<0>…</0>`, `<a href="…">`, `<br>`. */
const markup = (text: string) =>
  [...new Set(text.match(/{{\s*\w+\s*}}|<\/?\d+>|<a href="{{\w+}}">|<\/a>|<br>/g))].sort()

describe("Payload's admin in Kazakh", () => {
  it('has every key of the English, and no other', () => {
    expect([...kazakh.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('keeps every placeholder, plural form and tag of the English', () => {
    for (const [key, text] of english) {
      expect(markup(kazakh.get(key) ?? ''), key).toEqual(markup(text))
    }
  })

  it('translates every string', () => {
    // Nothing is the same as in English, not even acronyms: they stand inside Kazakh phrases ("API кілті").
    const same = [...english].filter(([key, text]) => kazakh.get(key) === text).map(([key]) => key)
    expect(same).toEqual([])
  })

  it('leaves no English words behind', () => {
    for (const [key, text] of kazakh) {
      const words = text.replace(/{{\s*\w+\s*}}|<[^>]*>/g, '').replace(LATIN_ALLOWED, '')
      expect(words, key).not.toMatch(/[A-Za-z]/)
    }
  })

  it('is Kazakh, not the Russian copied over', () => {
    const copied = [...russian].filter(([key, text]) => kazakh.get(key) === text && /[а-яё]{3}/i.test(text))
    expect(copied.map(([key]) => key)).toEqual(SAME_AS_RUSSIAN)
    const all = [...kazakh.values()].join(' ')
    expect(all).toMatch(/[әғқңөұүһі]/)
  })
})

// Building the configured editor loads Lexical and Payload, which takes seconds on a busy machine.
describe('the rich-text editor in Kazakh', { timeout: 60_000 }, () => {
  it('has every string the configured editor has in English, and no English words', async () => {
    // The editor adds its strings to Payload's while the configuration is built; no database is opened for that.
    process.env.DATABASE_URI = 'file::memory:'
    process.env.PAYLOAD_SECRET = 'unit-test-secret'
    const config = await (await import('@payload-config')).default
    const merged = new Map(Object.entries(config.i18n.translations))
    const editorStrings = (language: string) =>
      new Map([...leaves(merged.get(language) ?? {})].filter(([key]) => key.startsWith('lexical:')))
    const english = editorStrings('en')
    const strings = editorStrings('kk')
    expect(english.get('lexical:link:label')).toBe('Link')
    expect([...strings.keys()]).toEqual(expect.arrayContaining([...english.keys()]))
    expect(strings.get('lexical:general:placeholder')).toContain('«/»')
    for (const [key, text] of strings) {
      expect(text.replace(/{{\s*\w+\s*}}/g, ''), key).not.toMatch(/[A-Za-z]/)
    }
  })
})
