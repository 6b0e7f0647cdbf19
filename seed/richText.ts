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

/** Lexical's stored form of plain paragraphs; a paragraph starting with "## " becomes a subheading. */
export function paragraphsToRichText(paragraphs: string[]): RichText {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map(block),
    },
  }
}
