import { describe, expect, it } from 'vitest'

import { isAllowedLinkAddress, refusedLinkAddresses } from './linkAddress'

describe('a link in a text', () => {
  it('may lead to a web page, an e-mail address, a telephone or a page of this site', () => {
    for (const address of [
      'https://www.gov.kz/memleket/entities/mfa',
      'http://example.org/page?x=1#part',
      'mailto:press@mfa.kz',
      'tel:+77172720518',
      '/ru/press-releases/talks-in-bishkek',
      '#contacts',
    ]) {
      expect(isAllowedLinkAddress(address), address).toBe(true)
    }
  })

  it('may not lead to script, data or files, however the scheme is written', () => {
    for (const address of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '',
      '   ',
      42,
      undefined,
    ]) {
      expect(isAllowedLinkAddress(address), String(address)).toBe(false)
    }
  })

  it('is found at any depth of a text, whether typed or pasted, except a link to a document', () => {
    const link = (url: string, type = 'link', linkType = 'custom') => ({
      type,
      fields: { url, linkType },
      children: [{ type: 'text', text: 'here' }],
    })
    const text = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [link('https://example.org'), link('javascript:alert(1)')] },
          {
            type: 'list',
            children: [{ type: 'listitem', children: [link('data:text/html,x', 'autolink')] }],
          },
          {
            type: 'paragraph',
            children: [{ type: 'link', fields: { linkType: 'internal', doc: { value: 1 } } }],
          },
        ],
      },
    }
    expect(refusedLinkAddresses(text)).toEqual(['javascript:alert(1)', 'data:text/html,x'])
    expect(refusedLinkAddresses(null)).toEqual([])
  })
})
