import { siteUrl } from '@/lib/config/environment'

/**
 * The address of an uploaded file for this site's own pages. Payload writes it absolute (on its serverURL); a path
 * works on whatever host the site is reached by. A file elsewhere (a storage bucket) keeps its full address.
 */
export function mediaPath(url: string): string {
  const origin = siteUrl()
  return url.startsWith(`${origin}/`) ? url.slice(origin.length) : url
}
