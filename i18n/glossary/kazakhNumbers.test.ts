import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'

import { kkTranslations } from '@/i18n/admin/kk'
import * as collectionLabels from '@/i18n/admin/labels/collections'
import { changeText, reviewText } from '@/i18n/admin/labels/publication'
import { siteText } from '@/i18n/admin/labels/site'
import kk from '@/messages/kk.json'

import { kazakhNumberProblems } from './kazakhNumbers'

const NUMBERS = [...Array.from({ length: 31 }, (_, n) => n), 40, 100]

/** Every name the Kazakh admin gives a collection or a row, which Payload puts in `{{label}}`. */
const LABELS = [
  ...Object.values(collectionLabels).map((text) => text.labels),
  siteText.socialLink,
  siteText.navigationItem,
  reviewText.logRow,
  changeText.historyRow,
].flatMap((labels) => [labels.singular.kk, labels.plural.kk])

/** Payload's templates ({{name}}), each with its key. */
function adminTemplates(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value]]
      : adminTemplates(value as object, `${prefix}${key}.`),
  )
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole))

describe('Kazakh templates with a number', () => {
  it('find the mistakes of the old ones', () => {
    expect(kazakhNumberProblems('5 суреттің 2-сі')).toEqual(['an ending on a number: «2-сі»'])
    expect(kazakhNumberProblems('5 жазбалар жойылды')).toEqual(['a plural after a number: «5 жазбалар»'])
    expect(kazakhNumberProblems('5 Баспасөз релиздері жойылды', ['Баспасөз релиздері'])).toEqual([
      'a label after a number: «Баспасөз релиздері»',
    ])
    expect(kazakhNumberProblems('Барлық Іс-шаралар көрсету', ['Іс-шаралар'])).toEqual([
      '«Барлық» before a label in the nominative: «Іс-шаралар»',
    ])
    expect(kazakhNumberProblems('5-бет, 2-сурет, барлығы 5')).toEqual([])
  })

  it('agree in the Kazakh admin with every number and every label Payload puts in them', () => {
    const templates = adminTemplates(kkTranslations).filter(([, text]) =>
      /\{\{(count|total|current|max|min|limit)\}\}|\{\{label\}\}/.test(text),
    )
    expect(templates.length).toBeGreaterThan(50)
    const problems = templates.flatMap(([key, template]) =>
      NUMBERS.flatMap((n) =>
        LABELS.flatMap((label) => {
          const text = fill(template, { count: n, total: n, current: n, max: n, min: n, limit: n, label })
          return kazakhNumberProblems(text, LABELS).map((problem) => `${key}: ${problem} in «${text}»`)
        }),
      ),
    )
    expect(problems).toEqual([])
  })

  it('agree on the site with every number', () => {
    const values = (n: number) => ({
      count: n,
      current: n,
      total: n,
      page: n,
      max: n,
      minutes: n,
      hours: n,
      year: 2000 + n,
      size: n,
      unit: 'mb',
      email: 'reader@example.kz',
      language: 'kk',
      topic: 'Сауда',
      type: 'order',
      hasNumber: 'yes',
      number: `11-1-4/${n}`,
      date: '2025 жылғы 20 қарашадағы',
      alt: 'Бішкек',
      title: 'Келіссөздер',
      query: 'Бішкек',
      phone: '+7 7172 72 05 18',
      source: 'ru',
    })
    const problems: string[] = []
    for (const [namespace, entries] of Object.entries(kk))
      for (const [key, message] of Object.entries(entries as Record<string, string>)) {
        if (!/[{#]/.test(message)) continue
        const t = createTranslator({ locale: 'kk', messages: kk, namespace: namespace as keyof typeof kk })
        for (const n of NUMBERS) {
          const text = (t as unknown as { markup: (key: string, values: object) => string }).markup(key, {
            ...values(n),
            mail: (chunks: string) => chunks,
            call: (chunks: string) => chunks,
          })
          problems.push(...kazakhNumberProblems(text).map((problem) => `${namespace}.${key}: ${problem}`))
        }
      }
    expect(problems).toEqual([])
  })
})
