const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The text with each searched word (already folded, see lib/search/foldText.ts) marked. React escapes every part, so a
 * query full of markup stays text.
 */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  // Lower case and ё→е keep positions for Cyrillic and Latin; where they would not, the text goes unmarked.
  const source = text.toLowerCase().replace(/ё/g, 'е')
  if (words.length === 0 || source.length !== text.length) return <>{text}</>
  const pattern = new RegExp(words.map(escapeRegExp).join('|'), 'gu')
  const parts: { text: string; match: boolean }[] = []
  let last = 0
  for (const match of source.matchAll(pattern)) {
    const start = match.index
    if (start > last) parts.push({ text: text.slice(last, start), match: false })
    parts.push({ text: text.slice(start, start + match[0].length), match: true })
    last = start + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return (
    <>
      {parts.map((part, index) =>
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
