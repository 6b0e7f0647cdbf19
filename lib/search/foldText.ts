// Search folds case in code rather than in the database: SQLite's LIKE folds ASCII only, so "Қазақстан" would not
// match "қазақстан". Documents store their text folded; queries are folded the same way.

/** Lower case in every script, ё read as е (Russian writers often omit the dots), spaces collapsed. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()
}

interface LexicalNode {
  text?: unknown
  children?: unknown
}

/** The words of a Lexical rich-text value, without markup. */
export function richTextToPlain(value: unknown): string {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { text, children } = node as LexicalNode
    if (typeof text === 'string') out.push(text)
    if (Array.isArray(children)) children.forEach(walk)
  }
  walk((value as { root?: unknown } | null)?.root)
  return out.join(' ')
}

export const MAX_QUERY_LENGTH = 200
const MAX_WORDS = 8

/** The words to look for: folded, without LIKE wildcards or control characters, at most eight. */
export function queryWords(query: string): string[] {
  // Control characters go too: PostgreSQL fails a query with a NUL in it.
  return foldForSearch(query.replace(/[%_\\\p{Cc}]/gu, ' '))
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS)
}

/**
 * Why a query cannot be searched, for the sentence the page shows instead: nothing to look for, only single letters
 * (which would find nearly every text), or longer than the field allows. Null when it can.
 */
export function queryProblem(query: string): 'empty' | 'tooShort' | 'tooLong' | null {
  if (query.length > MAX_QUERY_LENGTH) return 'tooLong'
  // Signs alone («—», «»») are no words: search looks for letters and digits only (wordForms.ts).
  const words =
    queryWords(query)
      .join(' ')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 0) return 'empty'
  return words.every((word) => word.length < 2) ? 'tooShort' : null
}
