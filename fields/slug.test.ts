import { describe, expect, it } from 'vitest'

import { validateHttpUrl } from './safeUrl'
import { validateSlug } from './slug'

describe('slugs', () => {
  it('accepts lowercase Latin words joined by single hyphens', () => {
    expect(validateSlug('kazakhstan-kyrgyzstan-talks-2026')).toBe(true)
  })

  it.each([
    '',
    'Talks',
    'talks--bishkek',
    '-talks',
    'talks-',
    'қазақстан',
    'talks bishkek',
    'a/b',
    'x'.repeat(121),
  ])('refuses %j with a message for the editor', (slug) => {
    expect(validateSlug(slug)).toEqual(expect.any(String))
  })
})

describe('links to other sites', () => {
  it('accepts http(s) addresses and an empty field', () => {
    expect(validateHttpUrl('https://www.youtube.com/@MFAKazakhstan')).toBe(true)
    expect(validateHttpUrl('')).toBe(true)
    expect(validateHttpUrl(null)).toBe(true)
  })

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'www.gov.kz', 'ftp://gov.kz'])('refuses %j', (url) => {
    expect(validateHttpUrl(url)).toEqual(expect.any(String))
  })
})
