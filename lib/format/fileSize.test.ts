import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'

import en from '@/messages/en.json'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'

import { fileSize } from './fileSize'

describe('a file size', () => {
  it('is whole kilobytes below a megabyte, never zero', () => {
    expect(fileSize(240 * 1024)).toEqual({ size: 240, unit: 'kb' })
    expect(fileSize(300)).toEqual({ size: 1, unit: 'kb' })
    expect(fileSize(999 * 1024)).toEqual({ size: 999, unit: 'kb' })
  })

  it('is megabytes to one decimal above', () => {
    expect(fileSize(1.24 * 1024 * 1024)).toEqual({ size: 1.2, unit: 'mb' })
    expect(fileSize(25 * 1024 * 1024)).toEqual({ size: 25, unit: 'mb' })
  })

  it('reads in each language with its own units, decimal sign and the language of the file', () => {
    const facts = (locale: 'kk' | 'ru' | 'en', bytes: number) =>
      createTranslator({ locale, messages: { kk, ru, en }[locale], namespace: 'Document' })(
        'fileFacts',
        fileSize(bytes),
      )
    expect(facts('kk', 240 * 1024)).toBe('PDF, 240\u00a0КБ, қазақ тілінде')
    expect(facts('ru', 240 * 1024)).toBe('PDF, 240\u00a0КБ, на русском языке')
    expect(facts('ru', 1.5 * 1024 * 1024)).toBe('PDF, 1,5\u00a0МБ, на русском языке')
    expect(facts('en', 1.5 * 1024 * 1024)).toBe('PDF, 1.5 MB, in English')
  })
})
