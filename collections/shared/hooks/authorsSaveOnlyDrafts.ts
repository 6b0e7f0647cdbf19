import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { canPublish } from '@/access/roles'

/**
 * An author's save must be a draft save. Access rules see the data but not whether the save is a draft, so a save
 * that would publish or unpublish a language (no `draft` flag, or a publish-all/unpublish-all request) is refused
 * here, before anything is written. Scheduled jobs run as the user who scheduled them and are refused alike.
 */
export const authorsSaveOnlyDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || canPublish(req.user)) return
  // An author's copy is a draft save like any of theirs (it takes no status from the original: publicationFields).
  if (operation === 'create' && args.duplicateFromID !== undefined && !args.draft)
    return { ...args, draft: true }
  if (operation === 'create' || operation === 'update') {
    const data: unknown = args.data
    const publishing = Boolean(
      data && typeof data === 'object' && '_status' in data && data._status === 'published',
    )
    const changesPublicState =
      operation === 'update' && (!args.draft || args.publishAllLocales || args.unpublishAllLocales)
    if (publishing || changesPublicState) throw new Forbidden(req.t)
  }
  // Restoring an old version publishes it unless it is restored as a draft.
  if (operation === 'restoreVersion' && !args.draft) throw new Forbidden(req.t)
}
