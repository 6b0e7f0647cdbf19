import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

/**
 * When a record was made and last changed is the server's to say: Payload stores a `createdAt` (and a new record's
 * `updatedAt`) sent through REST as it comes, so that a client could backdate a release. The site's own code (the
 * bulk archive of the seed) may still set them.
 */
export const keepServerTimestamps: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (req.payloadAPI === 'local') return data
  const now = new Date().toISOString()
  if (operation === 'create') return { ...data, createdAt: now, updatedAt: now }
  const { createdAt } = (originalDoc ?? {}) as { createdAt?: string }
  return { ...data, createdAt }
}

/** The collection with the timestamps kept by the server, after any hooks of its own. */
export function withServerTimestamps(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), keepServerTimestamps] },
  }
}
