import { isLocale } from '@/i18n/locales'

// Any origin does: only the path and query of the resolved address are kept.
const BASE = 'http://portal.invalid'

/**
 * Where to send a visitor back to after a settings change: a page of this site under a language prefix, as path and
 * query. Anything else (another site, `//host`, backslashes, control characters, the admin) gives null, so a
 * redirect built from it can never leave the site.
 */
export function safeReturnPath(candidate: string | null | undefined): string | null {
  if (!candidate || candidate.length > 2048) return null
  if (!candidate.startsWith('/') || candidate.startsWith('//')) return null
  // Browsers read a backslash as a slash and drop tabs and newlines, which would let "/\evil.example" escape.
  if (/[\\\u0000-\u001f\u007f]/.test(candidate)) return null
  let url: URL
  try {
    url = new URL(candidate, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE) return null
  const [, first] = url.pathname.split('/')
  if (!isLocale(first)) return null
  return `${url.pathname}${url.search}`
}

/** The page a same-site Referer names, as a safe return path; null for another site's or a malformed one. */
export function refererReturnPath(referer: string | null, hosts: readonly string[]): string | null {
  if (!referer) return null
  let url: URL
  try {
    url = new URL(referer)
  } catch {
    return null
  }
  if (!hosts.includes(url.host)) return null
  return safeReturnPath(`${url.pathname}${url.search}`)
}
