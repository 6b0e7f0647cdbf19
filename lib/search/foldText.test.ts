import { describe, expect, it } from 'vitest'

import { foldForSearch, queryProblem, queryWords, richTextToPlain } from './foldText'

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

  it('tells why a query cannot be searched', () => {
    expect(queryProblem('')).toBe('empty')
    expect(queryProblem(' %_ ')).toBe('empty')
    expect(queryProblem('— «»')).toBe('empty')
    expect(queryProblem('я')).toBe('tooShort')
    expect(queryProblem('a b')).toBe('tooShort')
    expect(queryProblem('ЕС')).toBeNull()
    expect(queryProblem('в Бишкеке')).toBeNull()
    expect(queryProblem('a'.repeat(201))).toBe('tooLong')
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
