import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  RichText as LexicalRichText,
  type JSXConverter,
  type JSXConverterArgs,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

import { isAllowedLinkAddress } from '@/lib/protection/linkAddress'

type LinkArgs = JSXConverterArgs<{
  type: string
  children?: unknown[]
  fields?: { linkType?: unknown; url?: unknown }
}>

/**
 * Saving refuses a link to anything but a web page, e-mail or telephone (fields/richTextBody.ts); a text stored
 * before that check, or written around it, still never gets such a link on a page: its words are shown as plain text.
 */
function onlyAllowedLinks(original: JSXConverter | undefined): JSXConverter {
  return function AllowedLink(args) {
    const { node, nodesToJSX } = args as unknown as LinkArgs
    const allowed = node.fields?.linkType === 'internal' || isAllowedLinkAddress(node.fields?.url)
    if (allowed) return typeof original === 'function' ? original(args) : original
    return <>{nodesToJSX({ nodes: (node.children ?? []) as never[] })}</>
  }
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: onlyAllowedLinks(defaultConverters.link as JSXConverter | undefined),
  autolink: onlyAllowedLinks(defaultConverters.autolink as JSXConverter | undefined),
})

/** A release's or event's body, rendered on the server with readable typography. */
export function RichText({ data }: { data: SerializedEditorState | null | undefined }) {
  if (!data) return null
  return (
    <LexicalRichText
      data={data}
      converters={converters}
      className="space-y-4 text-lg leading-relaxed text-slate-800 [&_a]:text-ministry-700 [&_a]:underline [&_h2]:pt-4 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-ministry-900 [&_li]:ml-6 [&_ol]:list-decimal [&_ul]:list-disc"
    />
  )
}
