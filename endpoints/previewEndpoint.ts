import { draftMode } from 'next/headers'
import type { Endpoint } from 'payload'

import { SLUG_PATTERN } from '@/fields/slug'
import { isLocale } from '@/i18n/locales'
import { editorialPath, isEditorialCollection } from '@/lib/pages/paths'

function redirectTo(location: string): Response {
  return new Response(null, { status: 307, headers: { Location: location, 'Cache-Control': 'no-store' } })
}

/**
 * GET /api/preview?collection=…&slug=…&locale=…: staff signed in to the admin see the latest draft on the real page
 * (Next.js draft mode). Visitors get 401; a malformed request 400. The page itself checks the session again.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Sign in to the admin to preview drafts' }, { status: 401 })
    const collection = req.searchParams.get('collection')
    const slug = req.searchParams.get('slug') ?? ''
    const locale = req.searchParams.get('locale')
    if (!isEditorialCollection(collection) || !SLUG_PATTERN.test(slug) || !isLocale(locale)) {
      return Response.json(
        { error: 'Expected collection, slug and locale of a release, event or document' },
        { status: 400 },
      )
    }
    ;(await draftMode()).enable()
    return redirectTo(`/${locale}${editorialPath(collection, slug)}`)
  },
}

/** GET /api/preview/exit?path=/kk/…: back to what visitors see. Only paths on this site are followed. */
export const exitPreviewEndpoint: Endpoint = {
  path: '/preview/exit',
  method: 'get',
  handler: async (req) => {
    ;(await draftMode()).disable()
    const path = req.searchParams.get('path') ?? '/'
    return redirectTo(path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') ? path : '/')
  },
}
