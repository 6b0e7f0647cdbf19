// How the server around Next.js (server/recentPages.mjs) learns that pages were expired inside it: both run in one
// process, and the app is bundled, so they meet on `process` rather than on a module they share.

export const PAGES_CHANGED = 'mfa:pages-changed'

/** Said by lib/cache/revalidateTags.ts once Next.js has expired the tags of a change. */
export function announcePagesChanged() {
  process.emit(PAGES_CHANGED)
}
