import { describe, expect, it } from 'vitest'

import { adminQueryText } from './adminQuery'
import { documentText, eventText, mediaText, pressReleaseText, topicText, userText } from './collections'
import { refusalMessage, refusalMessages } from './refusals'
import * as shared from './shared'
import { siteText } from './site'
import { type Trilingual } from './text'
import { translationText } from './translation'
import { validationAnswer, validationMessages } from './validation'

type Node = Trilingual | { [key: string]: Node }

const isTrilingual = (node: Node): node is Trilingual =>
  Object.keys(node).sort().join() === 'en,kk,ru' && Object.values(node).every((v) => typeof v === 'string')

function texts(node: Node, path: string): [string, Trilingual][] {
  if (isTrilingual(node)) return [[path, node]]
  return Object.entries(node).flatMap(([key, child]) => texts(child, `${path}.${key}`))
}

const all = [
  ...texts(pressReleaseText, 'pressRelease'),
  ...texts(eventText, 'event'),
  ...texts(documentText, 'document'),
  ...texts(topicText, 'topic'),
  ...texts(mediaText, 'media'),
  ...texts(userText, 'user'),
  ...texts(siteText, 'site'),
  ...texts(validationMessages, 'validation'),
  ...texts(refusalMessages, 'refusal'),
  ...texts(adminQueryText, 'adminQuery'),
  ...texts(translationText, 'translation'),
  ...Object.entries(shared).flatMap(([name, node]) => texts(node, name)),
]

/** Loan words Kazakh writes as Russian does. */
const SAME_IN_KAZAKH_AND_RUSSIAN = ['Медиафайл', 'Телефон', 'Редактор', 'Автор']

/** Latin inside Kazakh and Russian text: file formats, a placeholder, paths and addresses, and address schemes. */
const LATIN_ALLOWED =
  /PDF|JPEG|PNG|WebP|AVIF|\{minutes\}|\/press-releases|talks-in-bishkek|https?:\/\/|mailto:|tel:/g

describe('admin labels and descriptions', () => {
  it('are written in all three languages', () => {
    expect(all.length).toBeGreaterThan(60)
    for (const [path, text] of all) {
      expect(text.en, path).toMatch(/[A-Za-z]/)
      expect(text.ru.replace(LATIN_ALLOWED, ''), path).toMatch(/^[^A-Za-z]*[а-яё][^A-Za-z]*$/i)
      expect(text.kk.replace(LATIN_ALLOWED, ''), path).toMatch(/^[^A-Za-z]*[а-яәғқңөұүһі][^A-Za-z]*$/i)
    }
  })

  it('are Kazakh in Kazakh, not the Russian copied over', () => {
    const copies = all.filter(([, text]) => text.kk === text.ru).map(([, text]) => text.kk)
    expect([...new Set(copies)].sort()).toEqual([...SAME_IN_KAZAKH_AND_RUSSIAN].sort())
  })
})

describe('a refused value', () => {
  it('is explained in the language of the request, English for any other', () => {
    expect(validationAnswer('endsBeforeStart', 'kk')).toBe(
      'Аяқталу уақыты басталу уақытынан ерте болмауы керек.',
    )
    expect(validationAnswer('endsBeforeStart', 'ru')).toBe('Окончание не может быть раньше начала.')
    expect(validationAnswer('endsBeforeStart', 'de')).toBe('The end must not be before the start.')
    expect(validationAnswer(true, 'kk')).toBe(true)
  })
})

describe('a refused request', () => {
  it('says how long to wait, in the language of the request', () => {
    expect(refusalMessage('tooManyAttempts', 'kk', 15)).toBe(
      'Әрекеттер тым көп. 15\u00a0минуттан кейін қайталап көріңіз.',
    )
    expect(refusalMessage('tooManyAttempts', 'ru', 3)).toBe(
      'Слишком много попыток. Повторите через 3\u00a0мин.',
    )
    expect(refusalMessage('fileTooLarge', 'fr')).toBe('The file is too large: at most 25 MB is accepted.')
  })
})
