import type {
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { publicError } from '@/collections/shared/publicError'
import { refusalMessage } from '@/i18n/admin/labels/refusals'
import { holdDocument, releaseDocument } from '@/lib/database/saveLock'
import { isEditorialCollection, type EditorialCollection } from '@/lib/pages/paths'

/**
 * Saves of one document take turns, and a save made on an old version is refused.
 *
 * Turns: Payload writes a save as a new snapshot of every language, made from the document as the save found it. Two
 * saves at the same moment (translators saving Kazakh and Russian, an editor and a scheduled job) each wrote a
 * snapshot without the other's change, and on SQLite one of them failed on a duplicate language row. One at a time,
 * each save starts from the one before.
 *
 * Old versions: a save says which version it was made on by sending that version's `updatedAt`, as the admin's form
 * always does (autosave included: each answer's `updatedAt` goes back into the form). If the document has been saved
 * since, by another editor, another tab or a script, the save is refused with 409 and nothing is written, so that no
 * one overwrites a colleague's changes unseen. A save naming no version (scheduled jobs, the seed, scripts) is not
 * checked.
 *
 * Payload's own document lock covers less: only the admin takes it, per user (two tabs of one editor share it); it
 * expires after five minutes without typing, is lifted by "take over" and by any save, and a REST client skips it
 * with `?overrideLock=true`. The admin's own check for newer data runs only before the first change in a form, and
 * never for collections with autosave, such as these.
 */
export const takeTurnAndRefuseStaleSave: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const slug = collection.slug
  if (operation !== 'update' || !isEditorialCollection(slug)) return args
  const id: unknown = 'id' in args ? args.id : undefined
  if (typeof id !== 'number' && typeof id !== 'string') return args

  await holdDocument(req, slug, id)
  const data: unknown = args.data
  const madeOn = data && typeof data === 'object' && 'updatedAt' in data ? data.updatedAt : undefined
  if (typeof madeOn !== 'string') return args
  const latest = await latestVersionTime(req, slug, id)
  if (latest !== undefined && Date.parse(latest) !== Date.parse(madeOn)) {
    releaseDocument(req)
    throw publicError('StaleSave', refusalMessage('staleSave', req.i18n.language), 409)
  }
  return args
}

export const endTurn: CollectionAfterOperationHook = ({ req, result }) => {
  releaseDocument(req)
  return result
}

export const endTurnOnError: CollectionAfterErrorHook = ({ req }) => {
  releaseDocument(req)
}

/**
 * The `updatedAt` the admin's form would load now in this language: the newest draft of the language where there is
 * one, else the document. Read in the save's own transaction, after its turn began, so that it sees every save before.
 */
async function latestVersionTime(
  req: PayloadRequest,
  collection: EditorialCollection,
  id: number | string,
): Promise<string | undefined> {
  const latest = await req.payload.findByID({
    collection,
    id,
    locale: req.locale ?? undefined,
    draft: true,
    depth: 0,
    select: { updatedAt: true },
    disableErrors: true,
    req: { transactionID: req.transactionID },
  })
  return latest?.updatedAt
}
