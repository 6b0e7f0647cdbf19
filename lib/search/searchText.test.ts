import { describe, expect, it } from 'vitest'

import { queryTerms } from './queryTerms'
import { searchTextOf } from './searchText'

describe('stored search text', () => {
  it('holds the keys of each section in order, each followed by the Latin keys of its names', () => {
    expect(
      searchTextOf('ru', {
        title: 'Переговоры в Бишкеке',
        summary: 'Министр провел переговоры.',
        body: 'Визит Министра в Бишкек',
      }),
    ).toBe(
      ' переговор в бишкек ~peregovori ~bishkeke ^ министр провел переговор ~ministr $ виз министр в бишкек ~vizit ~ministra ~bishkek ',
    )
  })

  it('reads ё as е and capitals as small letters', () => {
    const text = (title: string) => searchTextOf('ru', { title, summary: '', body: '' })
    expect(text('ОБЪЁМ').replace(' ~obem', '')).toBe(text('объем'))
  })
})

describe('query terms', () => {
  it('reduce each word as the stored text is, with its Latin key', () => {
    expect(queryTerms(['переговорах', 'в', 'бишкеке'], 'ru')).toEqual({
      terms: [
        { key: 'переговор', latin: 'peregovorak', counted: true },
        { key: 'в', latin: null, counted: false },
        { key: 'бишкек', latin: 'bishkeke', counted: true },
      ],
      phrase: ['переговор', 'в', 'бишкек'],
    })
  })

  it('keep the parts of a hyphenated word together', () => {
    expect(queryTerms(['іс-шаралар'], 'kk').terms).toEqual([{ key: 'іс шара', latin: null, counted: true }])
  })

  it('count little words when the query has nothing else', () => {
    expect(queryTerms(['мен'], 'kk').terms).toEqual([{ key: 'мен', latin: 'men', counted: true }])
  })
})
