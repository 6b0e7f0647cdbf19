import type { Locale } from '@/i18n/locales'
import { markFound } from '@/lib/search/marks'
import type { SearchTerms } from '@/lib/search/queryTerms'

/**
 * The text with each form of a searched word marked (lib/search/marks.ts). React escapes every part, so a query full
 * of markup stays text.
 */
export function Highlight({ text, locale, terms }: { text: string; locale: Locale; terms: SearchTerms }) {
  return (
    <>
      {markFound(text, locale, terms).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded bg-gold-400/50 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  )
}
