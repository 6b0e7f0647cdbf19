import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** A release's or event's body, rendered on the server with readable typography. */
export function RichText({ data }: { data: SerializedEditorState | null | undefined }) {
  if (!data) return null
  return (
    <LexicalRichText
      data={data}
      className="space-y-4 text-lg leading-relaxed text-slate-800 [&_a]:text-ministry-700 [&_a]:underline [&_h2]:pt-4 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-ministry-900 [&_li]:ml-6 [&_ol]:list-decimal [&_ul]:list-disc"
    />
  )
}
