import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { richTextWithLink } from '@/seed/richText'

import { RichText } from '.'

const textWithLink = (type: 'link' | 'autolink', url: string) =>
  richTextWithLink({ before: 'Read ', text: 'the statement', url, type }) as unknown as SerializedEditorState

const render = (state: SerializedEditorState) =>
  renderToStaticMarkup(createElement(RichText, { data: state }))

describe('a link in a release on the page', () => {
  it('is a link when it leads to a web page, e-mail or telephone', () => {
    expect(render(textWithLink('link', 'https://www.gov.kz/'))).toContain(
      '<a href="https://www.gov.kz/">the statement</a>',
    )
    expect(render(textWithLink('autolink', 'mailto:press@mfa.kz'))).toContain(
      '<a href="mailto:press@mfa.kz">the statement</a>',
    )
  })

  it('is plain text when it leads anywhere else, typed or pasted', () => {
    for (const type of ['link', 'autolink'] as const) {
      for (const url of [
        'javascript:alert(document.cookie)',
        ' JavaScript:alert(1)',
        'data:text/html,<b>x</b>',
      ]) {
        const html = render(textWithLink(type, url))
        expect(html, `${type} ${url}`).toContain('Read the statement')
        expect(html, `${type} ${url}`).not.toContain('<a')
        expect(html.toLowerCase(), `${type} ${url}`).not.toMatch(/javascript|data:/)
      }
    }
  })
})
