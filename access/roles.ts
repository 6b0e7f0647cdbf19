/** What a staff member may do follows from one role; the order is from most to least trusted. */
export const ROLES = ['admin', 'editor', 'author'] as const
export type Role = (typeof ROLES)[number]

interface MaybeStaff {
  role?: Role | null
}

/** Editors and administrators publish, unpublish and delete; authors only write drafts. */
export function canPublish(user: MaybeStaff | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'editor'
}
