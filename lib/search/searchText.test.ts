import { describe, expect, it } from 'vitest'

import { queryTerms } from './queryTerms'
import { searchTextOf } from './searchText'

describe('stored search text', () => {
  it('holds the keys of each section in order, then the Latin keys of the names once each', () => {
    expect(
      searchTextOf('ru', {
        title: 'Переговоры в Бишкеке',
        summary: 'Министр провел переговоры.',
        body: 'Визит Министра в Бишкек',
      }),
    ).toBe(
      ' переговор в бишкек ^ министр провел переговор $ виз министр в бишкек # ~peregovori ~bishkeke ~ministr ~vizit ~ministra ~bishkek ',
    )
  })

  it('reads ё as е and capitals as small letters', () => {
    const text = (title: string) => searchTextOf('ru', { title, summary: '', body: '' })
    expect(text('ОБЪЁМ').split(' # ')[0]).toBe(text('объем').split(' # ')[0])
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

  it('count little words when the query has nothing else', () => {
    expect(queryTerms(['мен'], 'kk').terms).toEqual([{ key: 'мен', latin: 'men', counted: true }])
  })
})
