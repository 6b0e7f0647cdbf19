import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { isEditorialCollection } from '@/lib/pages/paths'

// The public address is the slug of the stored document, which only a publish (a save that is not a draft) changes:
// Payload writes a draft to the versions alone. So the slug is compared there, before and after the save, rather
// than with the previous version, which may be a draft that already carries the new slug.

const slugBefore = (id: number | string) => `formerSlugs:${id}`

async function storedSlug(req: PayloadRequest, collection: CollectionSlug, id: number | string) {
  const stored = await req.payload.db.findOne<{ id: number; slug?: unknown }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return typeof stored?.slug === 'string' && stored.slug !== '' ? stored.slug : null
}

export const rememberPublicSlug: CollectionBeforeChangeHook = async ({
  collection,
  context,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number } | undefined)?.id
  if (operation !== 'update' || id === undefined) return
  context[slugBefore(id)] = await storedSlug(req, collection.slug, id)
}

/** The address a save has just left stays the text's, until another text of the collection takes it. */
export const keepFormerSlug: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  req,
}) => {
  const before = context[slugBefore(doc.id)]
  if (operation !== 'update' || typeof before !== 'string' || !isEditorialCollection(collection.slug))
    return doc
  const now = await storedSlug(req, collection.slug, doc.id)
  if (!now || now === before) return doc
  await req.payload.delete({
    collection: 'former-slugs',
    where: { collectionSlug: { equals: collection.slug }, slug: { in: [before, now] } },
    req,
  })
  await req.payload.create({
    collection: 'former-slugs',
    data: { collectionSlug: collection.slug, documentId: doc.id, slug: before },
    req,
  })
  return doc
}

export const forgetFormerSlugs: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await req.payload.delete({
    collection: 'former-slugs',
    where: { collectionSlug: { equals: collection.slug }, documentId: { equals: doc.id } },
    req,
  })
}
