import { describe, expect, it } from 'vitest'

import { withNotFoundText } from './notFoundWithoutScript.mjs'

const SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head><title>x</title></head><body><div hidden=""></div><script>1</script></body></html>'

describe('a not-found page without JavaScript', () => {
  it('gets its language and its text, for browsers that will not draw it', () => {
    const html = withNotFoundText(SHELL, 'kk') ?? ''
    expect(html).toContain('<html id="__next_error__" lang="kk">')
    expect(html).toMatch(
      /<body><noscript><main id="main-content"[^>]*>.*<h1>Бет табылмады<\/h1>.*<\/noscript><div hidden/,
    )
    expect(html).toContain('<a href="/kk">')
  })

  it('leaves a page Next.js drew itself as it is', () => {
    expect(
      withNotFoundText('<!DOCTYPE html><html lang="ru"><body><main><h1>…</h1></main></body></html>', 'ru'),
    ).toBe(undefined)
  })
})
