import { describe, expect, it } from 'vitest'

import { scriptUrls, sharedBytes } from './javascript'

describe('the JavaScript a page loads', () => {
  it('counts script tags and preloaded scripts once each, but not styles, fonts or polyfills for old browsers', () => {
    const html = [
      '<link rel="preload" as="script" href="/_next/static/chunks/a.js"/>',
      '<link rel="preload" as="font" href="/font.woff2"/>',
      '<link rel="stylesheet" href="/_next/static/css/app.css"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/b.js"/>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script>self.__next_f.push([1,"inline"])</script>',
    ].join('')
    expect(scriptUrls(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js'])
  })

  it('calls shared what every page loads', () => {
    const page = (files: [string, number][]) => ({ files: new Map(files), total: 0 })
    const shared = sharedBytes([
      page([
        ['/framework.js', 100],
        ['/home.js', 5],
      ]),
      page([
        ['/framework.js', 100],
        ['/release.js', 7],
      ]),
    ])
    expect(shared).toBe(100)
  })
})
