/**
 * Whether a form's POST comes from a page of this site: its Origin is the site's public origin (SITE_URL) or the one
 * the request was addressed to (its Host). Browsers send Origin with every POST, and a page of another site cannot
 * set it to ours; a request without one, or with "null" (a sandboxed frame, a privacy redirect), is refused. Payload's
 * `csrf` list does the same for its session cookie.
 */
export function fromThisSite(headers: Headers, siteOrigin: string): boolean {
  const origin = headers.get('origin')
  if (!origin || origin === 'null') return false
  if (origin === siteOrigin) return true
  const host = headers.get('host')
  try {
    return host !== null && new URL(origin).host === host
  } catch {
    return false
  }
}
