// How the server around Next.js (server/recentPages.mjs) learns that pages were expired inside it: both run in one
// process, and the app is bundled, so they meet on `process` rather than on a module they share.

export const PAGES_CHANGED = 'mfa:pages-changed'

/**
 * Said by lib/cache/revalidateTags.ts when a change has Next.js expire its tags: from inside the save's transaction, so
 * the server forgets its pages again once the write is answered (server/recentPages.mjs).
 */
export function announcePagesChanged() {
  process.emit(PAGES_CHANGED)
}
