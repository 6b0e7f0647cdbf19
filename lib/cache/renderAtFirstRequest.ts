/**
 * A cached page's `generateStaticParams`: no page is rendered at build time (a fresh clone builds without a
 * database); each is rendered at its first request, then served from Next.js's cache until its content changes
 * (lib/cache/revalidateTags.ts). Pages that depend on a query render on request instead (`dynamic = 'force-dynamic'`).
 */
export function renderAtFirstRequest(): never[] {
  return []
}
