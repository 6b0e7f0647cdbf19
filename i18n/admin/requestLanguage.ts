import { type NextRequest, NextResponse } from 'next/server'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/** The cookie in which Payload keeps the language a user chose under Account (no `cookiePrefix` is configured). */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin language an Accept-Language header asks for: the best-rated of the three, "kk-KZ" counting as kk, and
 * Kazakh, the state language, when it names none of them — as on the public site. Payload's own matching knows only
 * its built-in languages: it skips kk and takes a Kazakh browser's second choice.
 */
export function preferredAdminLanguage(acceptLanguage: string | null): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, position) => {
      const [tag = '', ...parameters] = entry.trim().split(';')
      const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return {
        language: tag.split('-')[0]?.toLowerCase(),
        quality: quality ? Number(quality.slice(2)) : 1,
        position,
      }
    })
    .filter(({ quality }) => quality > 0)
    .sort((a, b) => b.quality - a.quality || a.position - b.position)
  return ranked.map(({ language }) => language).find((language) => isLocale(language)) ?? defaultLocale
}

/**
 * Hands Payload the browser's language as if the user had chosen it, for this request only: a choice made under
 * Account (the cookie) always wins, and nothing is stored, so a browser's new preference counts next time.
 */
export function withAdminLanguage(request: NextRequest): NextResponse {
  if (isLocale(request.cookies.get(ADMIN_LANGUAGE_COOKIE)?.value)) return NextResponse.next()
  const language = preferredAdminLanguage(request.headers.get('accept-language'))
  const headers = new Headers(request.headers)
  const cookies = [request.headers.get('cookie'), `${ADMIN_LANGUAGE_COOKIE}=${language}`]
  headers.set('cookie', cookies.filter(Boolean).join('; '))
  return NextResponse.next({ request: { headers } })
}
