import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { revalidateTags } from '@/lib/cache/revalidateTags'
import type { CacheTag } from '@/lib/cache/tags'

/**
 * Seeds and tests set `context.disableRevalidate`. A draft save (autosave included) changes no public page, nor does
 * creating a draft (the admin creates one as soon as someone opens "Create new").
 */
function changesPublicPages(
  req: PayloadRequest,
  context: RequestContext,
  data: unknown,
  operation: 'create' | 'update',
): boolean {
  if (context.disableRevalidate) return false
  const publishing = Boolean(
    data && typeof data === 'object' && '_status' in data && data._status === 'published',
  )
  if (publishing) return true
  return operation === 'update' && req.query?.draft !== 'true'
}

/** Refreshes the public pages showing a collection's documents after any save, unpublish or delete. */
export function revalidateCollection(tags: readonly CacheTag[]): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  return {
    afterChange: [
      async ({ doc, data, req, context, operation }) => {
        if (changesPublicPages(req, context, data, operation)) await revalidateTags(tags)
        return doc
      },
    ],
    afterDelete: [
      async ({ doc, context }) => {
        if (!context.disableRevalidate) await revalidateTags(tags)
        return doc
      },
    ],
  }
}

export function revalidateGlobal(tags: readonly CacheTag[]): GlobalAfterChangeHook {
  return async ({ doc, data, req, context }) => {
    if (changesPublicPages(req, context, data, 'update')) await revalidateTags(tags)
    return doc
  }
}
