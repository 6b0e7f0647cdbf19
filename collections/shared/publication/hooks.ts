import type { CollectionBeforeChangeHook } from 'payload'

import { canPublish } from '@/access/roles'
import { fieldError } from '@/collections/shared/fieldError'
import { publicationMessage } from '@/i18n/admin/labels/publication'

import { decide, type PublicationState } from './rules'

const FIELDS = [
  'reviewState',
  'reviewComment',
  'reviewSubmittedBy',
  'publishReason',
  'changeKind',
  'changeNote',
  'changeHistory',
  'publicationLog',
  'firstPublishedAt',
  'lastUpdatedAt',
  'withdrawn',
  'withdrawalExplanation',
  'withdrawnAt',
] as const satisfies readonly (keyof PublicationState)[]

function publicationState(source: unknown): PublicationState {
  const state: Record<string, unknown> = {}
  if (!source || typeof source !== 'object') return state
  for (const field of FIELDS) if (field in source) state[field] = (source as Record<string, unknown>)[field]
  // A relationship comes back as the user it names when read with depth.
  const by = state.reviewSubmittedBy
  if (by && typeof by === 'object' && 'id' in by) state.reviewSubmittedBy = by.id
  return state as PublicationState
}

/**
 * Whether a save publishes: one Payload does not keep as a draft, as Payload marks every draft save `_status: 'draft'`
 * before the hooks run; a new document publishes only when it says so.
 */
export function savePublishes(operation: string, data: { _status?: unknown }): boolean {
  return operation === 'update' ? data._status !== 'draft' : data._status === 'published'
}

/** Applies the review, change-note and withdrawal rules (rules.ts) to the language being saved. */
export const applyPublicationRules: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  const before = operation === 'update' ? publicationState(originalDoc) : {}
  const publishing = savePublishes(operation, data)
  const user =
    req.user && typeof req.user.id === 'number'
      ? { id: req.user.id, canPublish: canPublish(req.user) }
      : undefined
  const { errors, set } = decide({
    before,
    after: { ...before, ...publicationState(data) },
    publishing,
    user,
    fromClient: req.payloadAPI !== 'local',
    now: new Date().toISOString(),
  })
  const first = errors[0]
  if (first)
    throw fieldError(collection.slug, first.path, publicationMessage(first.message, req.i18n.language), req)
  return { ...data, ...set }
}
