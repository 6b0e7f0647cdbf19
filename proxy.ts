import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Only paths that need a language chosen: "/" and paths without a language prefix. Pages under /kk, /ru
  // and /en read their language from the URL, and the proxy costs throughput on every request it sees.
  // Next.js needs this list as a literal; a unit test checks it against i18n/locales.ts.
  matcher: ['/', '/((?!api|admin|_next|kk|ru|en|.*\\..*).*)'],
}
