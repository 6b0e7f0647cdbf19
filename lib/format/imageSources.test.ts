import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { Media } from '@/payload-types'

import { imageSources } from './imageSources'

const SITE = 'https://mfa.example.kz'
const variant = (name: string, width: number, height: number) => ({
  url: `${SITE}/api/media/file/${name}-${width}x${height}.webp`,
  width,
  height,
})

const photo = {
  id: 1,
  alt: 'Переговоры',
  url: `${SITE}/api/media/file/talks.jpg`,
  width: 3000,
  height: 2000,
  sizes: {
    thumbnail: variant('talks', 480, 300),
    card: variant('talks', 960, 600),
    medium: variant('talks', 800, 533),
    large: variant('talks', 1600, 1067),
  },
} as Media

describe('the files a page offers for an uploaded photo', () => {
  beforeEach(() => vi.stubEnv('SITE_URL', SITE))
  afterEach(() => vi.unstubAllEnvs())

  it('lists the crops or the whole photo by width, never mixing the two', () => {
    expect(imageSources(photo, 'crop')).toEqual({
      src: '/api/media/file/talks-960x600.webp',
      srcSet: '/api/media/file/talks-480x300.webp 480w, /api/media/file/talks-960x600.webp 960w',
      width: 960,
      height: 600,
    })
    expect(imageSources(photo, 'whole')?.srcSet).toBe(
      '/api/media/file/talks-800x533.webp 800w, /api/media/file/talks-1600x1067.webp 1600w',
    )
  })

  it('leaves out the variants Payload did not make, such as widths larger than the upload', () => {
    const small = {
      ...photo,
      width: 1000,
      sizes: { ...photo.sizes, large: { url: null, width: null } },
    } as Media
    expect(imageSources(small, 'whole')).toMatchObject({
      src: '/api/media/file/talks-800x533.webp',
      srcSet: '/api/media/file/talks-800x533.webp 800w',
    })
  })

  it('shows an upload too small for any variant as it is, and nothing when there is no file', () => {
    const tiny = { ...photo, width: 600, height: 400, sizes: {} } as Media
    expect(imageSources(tiny, 'whole')).toEqual({
      src: '/api/media/file/talks.jpg',
      srcSet: '/api/media/file/talks.jpg 600w',
      width: 600,
      height: 400,
    })
    expect(imageSources({ ...tiny, url: null } as Media, 'crop')).toBeNull()
  })
})
