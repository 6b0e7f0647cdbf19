import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { withAdminLanguage } from './i18n/admin/requestLanguage'
import { routing } from './i18n/routing'

const chooseLanguage = createMiddleware(routing)

const BAD_ADDRESS = [
  'Қате сұрау: мекенжай дұрыс кодталмаған.',
  'Неверный запрос: адрес закодирован с ошибкой.',
  'Bad request: the address is not valid percent-encoding.',
].join('\n')

export default function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding would make Next.js fail while routing; refuse it clearly instead.
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    // The language cannot be told from a broken address, so the answer says it in all three.
    return new NextResponse(BAD_ADDRESS, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const { pathname } = request.nextUrl
  // Next.js's own files never take a language; the matcher lets through only those that were worth checking above.
  if (pathname.startsWith('/_next/')) return NextResponse.next()
  if (/^\/(admin|api)(\/|$)/.test(pathname)) return withAdminLanguage(request)
  return chooseLanguage(request)
}

export const config = {
  // The public site: only paths that need a language chosen, "/" and paths without a language prefix (a first
  // segment that only starts like one, "/ru_RU/…", or a dotted path below the root, "/xx/share-image.png", included:
  // unrewritten, they would reach the app's internal [view]/[locale] pages with a "language" such as "events"; the
  // sitemap's parts under /sitemaps/ take none), plus any path with a percent sign (rare here: slugs are Latin), which
  // may be malformed. Pages under /kk, /ru and /en read their language from the URL, and the proxy costs throughput on
  // every request it sees.
  // Next.js's own files are left out of the percent rule when every escape in them is ASCII (%00–%7F), which always
  // decodes: Turbopack names development chunks so (/_next/static/chunks/%5Bturbopack%5D…). Any other escape under
  // /_next/ may be broken UTF-8, which only decoding can tell, so it still comes to the 400 above.
  // The admin: its pages until the user has chosen a language under Account (Payload's cookie), and the API calls
  // of a Kazakh admin without that cookie, which send exactly "Accept-Language: kk", a language Payload's matching
  // does not know. Next.js needs this list as a literal; a unit test checks it against i18n/locales.ts.
  matcher: [
    '/',
    '/((?!(?:api|admin|_next|sitemaps|kk|ru|en)(?:/|$)|[^/]+\\.[^/]+$).*)',
    '/((?!_next/(?:[^%]|%[0-7][0-9A-Fa-f])*$).*%.*)',
    { source: '/admin/:path*', missing: [{ type: 'cookie', key: 'payload-lng' }] },
    {
      source: '/api/:path*',
      has: [{ type: 'header', key: 'accept-language', value: 'kk' }],
      missing: [{ type: 'cookie', key: 'payload-lng' }],
    },
  ],
}
