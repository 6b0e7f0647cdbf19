import type { Locale } from '@/i18n/locales'

import { glossary } from './terms'
import { typographyRules } from './typography'

/** A text the portal ships, with the language it is in and where it comes from. */
export interface ShippedText {
  locale: Locale
  where: string
  text: string
}

export interface Finding {
  where: string
  locale: Locale
  problem: string
  found: string
}

/** Every variant of a glossary term and every break of a typography rule in the texts. */
export function findProblems(texts: ShippedText[]): Finding[] {
  const findings: Finding[] = []
  for (const { locale, where, text } of texts) {
    for (const term of glossary) {
      for (const variant of term.variants[locale] ?? []) {
        const match = variant.exec(text)
        if (match)
          findings.push({ where, locale, problem: `say «${term[locale]}»`, found: context(text, match) })
      }
    }
    for (const rule of typographyRules) {
      if (!rule.locales.includes(locale)) continue
      const checked = rule.allowed ? text.replace(rule.allowed, '') : text
      const match = rule.pattern.exec(checked)
      if (match) findings.push({ where, locale, problem: rule.rule, found: context(checked, match) })
    }
  }
  return findings
}

function context(text: string, match: RegExpExecArray): string {
  const start = Math.max(0, match.index - 25)
  return text.slice(start, match.index + match[0].length + 25).replace(/\u00a0/g, '⍽')
}
