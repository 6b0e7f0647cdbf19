import {
  getRewrittenUrl,
  unstable_getResponseFromNextConfig as responseFromConfig,
} from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import { locales } from '../i18n/locales'
import { CONTRASTS, IMAGE_MODES, LOW_VISION_COOKIE, lowVisionView, TEXT_SIZES } from '../lib/pages/lowVision'
import { nextConfig } from '../next.config.mjs'
import { LOW_VISION } from './publicRewrites.mjs'

async function rewrittenTo(path: string, cookies: Record<string, string> = {}): Promise<string | null> {
  const response = await responseFromConfig({ url: `http://localhost${path}`, nextConfig, cookies })
  const url = getRewrittenUrl(response)
  return url && url.replace('http://localhost', '')
}

describe('a public address reaches the version of the page the visitor chose', () => {
  it.each(locales)('serves /%s pages in the standard version without the cookie', async (locale) => {
    expect(await rewrittenTo(`/${locale}`)).toBe(`/standard/${locale}`)
    expect(await rewrittenTo(`/${locale}/press-releases/talks-in-bishkek`)).toBe(
      `/standard/${locale}/press-releases/talks-in-bishkek`,
    )
  })

  it('recognises every low-vision version the settings form can write', () => {
    // Next.js's config tester drops what a cookie condition captures, so the version's rewrite itself is tested
    // end to end (e2e/visitors/low-vision.spec.ts); here, that its pattern takes exactly the views the site writes.
    const view = new RegExp(`^${LOW_VISION.value}$`)
    for (const text of TEXT_SIZES)
      for (const contrast of CONTRASTS)
        for (const images of IMAGE_MODES) expect(lowVisionView({ text, contrast, images })).toMatch(view)
    expect(LOW_VISION.key).toBe(LOW_VISION_COOKIE)
  })

  it('serves the standard version for a cookie the site never wrote', async () => {
    for (const forged of ['standard', '150-high', '999-high-shown', '../admin', '150-high-shown/../../x']) {
      expect(await rewrittenTo('/ru', { [LOW_VISION_COOKIE]: forged }), forged).toBe('/standard/ru')
    }
  })

  it('sends a list with a page number or a filter to its twin that renders on request', async () => {
    expect(await rewrittenTo('/ru/press-releases?page=2')).toBe('/standard/ru/press-releases/_query?page=2')
    expect(await rewrittenTo('/en/press-releases?topic=visas&year=2026')).toBe(
      '/standard/en/press-releases/_query?topic=visas&year=2026',
    )
    expect(await rewrittenTo('/kk/events/past?page=3')).toBe('/standard/kk/events/past/_query?page=3')
    expect(await rewrittenTo('/ru/documents?type=agreement&year=2026')).toBe(
      '/standard/ru/documents/_query?type=agreement&year=2026',
    )
    expect(await rewrittenTo('/en/documents/memorandum')).toBe('/standard/en/documents/memorandum')
    // Any other query (a campaign tag) leaves the list a cached page.
    expect(await rewrittenTo('/ru/press-releases?utm_source=mail')).toBe(
      '/standard/ru/press-releases?utm_source=mail',
    )
  })

  it('knows exactly the languages of i18n/locales.ts', async () => {
    for (const locale of locales)
      expect(await rewrittenTo(`/${locale}/events`)).toBe(`/standard/${locale}/events`)
    expect(JSON.stringify(await nextConfig.rewrites?.())).toContain(`(${locales.join('|')})`)
  })

  it('leaves the admin, the API, static files and unknown languages alone', async () => {
    for (const path of [
      '/admin',
      '/api/press-releases',
      '/_next/static/x.js',
      '/favicon.svg',
      '/de/press-releases',
    ]) {
      expect(await rewrittenTo(path), path).toBeNull()
    }
  })
})

describe('response headers', () => {
  it('ask for the colour scheme in the admin only: on the site, Critical-CH would load each first page twice', async () => {
    const site = await responseFromConfig({ url: 'http://localhost/ru/press-releases', nextConfig })
    expect(site.headers.get('critical-ch')).toBeNull()
    const admin = await responseFromConfig({ url: 'http://localhost/admin', nextConfig })
    expect(admin.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })
})
