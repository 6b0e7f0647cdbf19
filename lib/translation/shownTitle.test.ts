import { describe, expect, it } from 'vitest'

import { shownTitle } from './shownTitle'

describe('the title staff see for a text', () => {
  it('is in the language asked for when it has one', () => {
    expect(shownTitle({ kk: 'Келіссөздер', ru: 'Переговоры' }, 'kk', 'ru')).toEqual({
      title: 'Келіссөздер',
      locale: 'kk',
    })
  })

  it('is borrowed from the source language, then from any language, never empty', () => {
    expect(shownTitle({ en: 'Talks', ru: 'Переговоры' }, 'kk', 'ru')).toEqual({
      title: 'Переговоры',
      locale: 'ru',
    })
    expect(shownTitle({ kk: ' ', en: 'Talks' }, 'kk', null)).toEqual({ title: 'Talks', locale: 'en' })
    expect(shownTitle({}, 'kk', 'ru')).toBeNull()
  })
})
