import { describe, expect, it } from 'vitest'

import { foldForSearch, queryWords, richTextToPlain } from './foldText'

describe('text folded for search', () => {
  it('folds Kazakh, Russian and Latin capitals alike', () => {
    expect(foldForSearch('ҚАЗАҚСТАН Өзбекстан ҰЛЫТАУ Әуезов ІСКЕР')).toBe(
      'қазақстан өзбекстан ұлытау әуезов іскер',
    )
    expect(foldForSearch('МИНИСТР Иностранных ДЕЛ')).toBe('министр иностранных дел')
    expect(foldForSearch('Foreign  MINISTER')).toBe('foreign minister')
  })

  it('reads ё as е', () => {
    expect(foldForSearch('Объём')).toBe('объем')
  })

  it('takes the words of a query, without wildcards, at most eight', () => {
    expect(queryWords('  Бішкек   КЕЛІССӨЗДЕР ')).toEqual(['бішкек', 'келіссөздер'])
    expect(queryWords('100% _x_')).toEqual(['100', 'x'])
    expect(queryWords('Астана\u0000\u0007мен')).toEqual(['астана', 'мен'])
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8)
    expect(queryWords('   ')).toEqual([])
  })

  it('takes the words of rich text without its structure', () => {
    const body = {
      root: {
        children: [
          { type: 'heading', children: [{ type: 'text', text: 'Сауда' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Тауар айналымы' },
              { type: 'text', text: '2 млрд' },
            ],
          },
        ],
      },
    }
    expect(richTextToPlain(body)).toBe('Сауда Тауар айналымы 2 млрд')
    expect(richTextToPlain(null)).toBe('')
  })
})
