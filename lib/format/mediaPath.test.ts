import { afterEach, describe, expect, it, vi } from 'vitest'

import { mediaPath } from './mediaPath'

describe('the address of an uploaded file on the site', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('is a path when the file is on this site', () => {
    vi.stubEnv('SITE_URL', 'https://mfa.example.kz')
    expect(mediaPath('https://mfa.example.kz/api/media/file/talks-960x600.webp')).toBe(
      '/api/media/file/talks-960x600.webp',
    )
  })

  it('stays whole when the file is elsewhere, or on a look-alike host', () => {
    vi.stubEnv('SITE_URL', 'https://mfa.example.kz')
    for (const url of [
      'https://bucket.example.com/media/talks.webp',
      'https://mfa.example.kz.evil.example/api/media/file/x.webp',
      '/api/media/file/already-a-path.webp',
    ]) {
      expect(mediaPath(url)).toBe(url)
    }
  })
})
