import { type NextRequest, NextResponse } from 'next/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { siteUrl } from '@/lib/config/environment'
import {
  applyLowVisionChoice,
  LOW_VISION_COOKIE,
  LOW_VISION_COOKIE_MAX_AGE,
  lowVisionView,
  parseLowVisionView,
} from '@/lib/pages/lowVision'
import { refererReturnPath, safeReturnPath } from '@/lib/protection/returnPath'

/**
 * The settings form of the version for the visually impaired: a plain GET form, so it works without JavaScript.
 * Stores the choice in a cookie and sends the visitor back to the page they were on; a bad query or cookie changes
 * nothing, and the way back never leaves the site.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const home = `/${isLocale(locale) ? locale : defaultLocale}`
  const query = request.nextUrl.searchParams
  const current = parseLowVisionView(request.cookies.get(LOW_VISION_COOKIE)?.value)
  const chosen = applyLowVisionChoice(current, query)

  // The Referer keeps the page's query (a search, a filtered list); the form's own `back` is the page's path.
  const hosts = [request.headers.get('host') ?? '', new URL(siteUrl()).host]
  const back =
    refererReturnPath(request.headers.get('referer'), hosts) ?? safeReturnPath(query.get('back')) ?? home

  // A relative Location: the browser resolves it against this site, whatever the Host header said.
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: back, 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
  })
  if (chosen) {
    response.cookies.set(LOW_VISION_COOKIE, lowVisionView(chosen), {
      path: '/',
      maxAge: LOW_VISION_COOKIE_MAX_AGE,
      sameSite: 'lax',
      httpOnly: true,
      secure: siteUrl().startsWith('https:'),
    })
  } else {
    response.cookies.delete(LOW_VISION_COOKIE)
  }
  return response
}
