import type { PressRelease } from '@/payload-types'

type RichText = PressRelease['body']

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})

const block = (value: string) =>
  value.startsWith('## ')
    ? {
        type: 'heading',
        tag: 'h2',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [text(value.slice(3))],
      }
    : {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [text(value)],
      }

const root = (children: RichText['root']['children']): RichText => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})

/** Lexical's stored form of plain paragraphs; a paragraph starting with "## " becomes a subheading. */
export function paragraphsToRichText(paragraphs: string[]): RichText {
  return root(paragraphs.map(block))
}

export interface Link {
  /** The words before the link, if any. */
  before?: string
  text: string
  url: string
  /** A link the editor made, or one it recognised in typed or pasted text. */
  type?: 'link' | 'autolink'
}

/** A paragraph holding a link as the editor stores it, whatever its address: tests write hostile ones with it. */
export function linkParagraph({
  before,
  text: words,
  url,
  type = 'link',
}: Link): RichText['root']['children'][number] {
  const link = {
    type,
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url, newTab: false },
    children: [text(words)],
  }
  return {
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: before ? [text(before), link] : [link],
  }
}

/** A text of one paragraph with a link. */
export function richTextWithLink(link: Link): RichText {
  return root([linkParagraph(link)])
}
