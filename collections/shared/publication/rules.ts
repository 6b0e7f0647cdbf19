import type { PublicationMessage } from '@/i18n/admin/labels/publication'

export const REVIEW_STATES = ['submitted', 'returned', 'approved'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]
export const CHANGE_KINDS = ['significant', 'minor'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export const CHANGE_NOTE_MAX_LENGTH = 300

/** The publication fields of one language, as stored before a save or as the save would leave them. */
export interface PublicationState {
  reviewState?: ReviewState | null
  reviewComment?: string | null
  reviewSubmittedBy?: number | null
  publishReason?: string | null
  changeKind?: ChangeKind | null
  changeNote?: string | null
  changeHistory?: { at: string; note: string }[] | null
  publicationLog?:
    { at: string; by?: number | null; reviewed?: boolean | null; reason?: string | null }[] | null
  firstPublishedAt?: string | null
  lastUpdatedAt?: string | null
  withdrawn?: boolean | null
  withdrawalExplanation?: string | null
  withdrawnAt?: string | null
}

export interface Save {
  before: PublicationState
  /** The language's fields as this save would leave them: the stored ones with the save's own on top. */
  after: PublicationState
  publishing: boolean
  /** Who saves: nobody for the site's own code (seed, scheduled jobs), which is trusted. */
  user?: { id: number; canPublish: boolean }
  /** Whether the save comes from the admin or REST, where a person decides; the Local API is the site's own code. */
  fromClient: boolean
  now: string
}

export interface Decision {
  errors: { path: keyof PublicationState; message: PublicationMessage }[]
  /** What the save stores of these fields: computed here, never taken from the client. */
  set: PublicationState
}

const given = (text: string | null | undefined) => Boolean(text?.trim())

/**
 * The review, change-note and withdrawal rules of one language's save. Pure, so that every case is unit-tested;
 * hooks.ts applies it.
 */
export function decide(save: Save): Decision {
  const errors: Decision['errors'] = []
  const set: PublicationState = {
    // The records are the server's: a client's copy of them is ignored.
    changeHistory: save.before.changeHistory ?? [],
    publicationLog: save.before.publicationLog ?? [],
    firstPublishedAt: save.before.firstPublishedAt ?? null,
    lastUpdatedAt: save.before.lastUpdatedAt ?? null,
    withdrawnAt: save.before.withdrawnAt ?? null,
    reviewSubmittedBy: save.before.reviewSubmittedBy ?? null,
  }
  reviewStep(save, errors, set)
  if (save.publishing) publish(save, errors, set)
  return { errors, set }
}

function reviewStep(save: Save, errors: Decision['errors'], set: PublicationState) {
  const { before, after, user } = save
  const from = before.reviewState ?? null
  const to = after.reviewState ?? null
  if (!user || from === to) return
  if (to === 'submitted') {
    set.reviewSubmittedBy = user.id
    return
  }
  if (!user.canPublish) {
    errors.push({ path: 'reviewState', message: 'authorsOnlySubmit' })
    return
  }
  if (to === null) return
  if (from !== 'submitted') {
    errors.push({ path: 'reviewState', message: 'approveOnlySubmitted' })
  } else if (to === 'returned' && !given(after.reviewComment)) {
    errors.push({ path: 'reviewComment', message: 'commentRequired' })
  } else if (to === 'approved' && before.reviewSubmittedBy === user.id) {
    errors.push({ path: 'reviewState', message: 'approveOwnText' })
  }
}

function publish(save: Save, errors: Decision['errors'], set: PublicationState) {
  const { before, after, fromClient, now, user } = save
  const wasPublished = Boolean(before.firstPublishedAt)
  const withdrawing = Boolean(after.withdrawn) && !before.withdrawn

  if (withdrawing) {
    if (!wasPublished) errors.push({ path: 'withdrawn', message: 'withdrawOnlyPublished' })
    if (!given(after.withdrawalExplanation)) {
      errors.push({ path: 'withdrawalExplanation', message: 'explanationRequired' })
    }
    set.withdrawnAt = now
  } else if (!after.withdrawn) {
    set.withdrawnAt = null
  }
  // A withdrawal changes no text: it needs no review and no change note.
  if (!withdrawing) {
    const reviewed = after.reviewState === 'approved'
    if (fromClient && user && !reviewed && !given(after.publishReason)) {
      errors.push({ path: 'publishReason', message: 'publishReasonRequired' })
    }
    set.publicationLog = [
      ...(set.publicationLog ?? []),
      {
        at: now,
        by: user?.id ?? null,
        reviewed,
        reason: reviewed ? null : after.publishReason?.trim() || null,
      },
    ]
    if (!wasPublished) {
      set.firstPublishedAt = now
    } else {
      const kind = after.changeKind ?? null
      if (fromClient && user && !kind) errors.push({ path: 'changeKind', message: 'changeKindRequired' })
      const note = after.changeNote?.trim()
      if (kind === 'significant' && !note) errors.push({ path: 'changeNote', message: 'changeNoteRequired' })
      if (kind === 'significant' && note) {
        set.changeHistory = [...(set.changeHistory ?? []), { at: now, note }]
        set.lastUpdatedAt = now
      }
    }
  }
  // After a publish, the next edit is reviewed and described anew.
  Object.assign(set, {
    reviewState: null,
    reviewComment: null,
    reviewSubmittedBy: null,
    publishReason: null,
    changeKind: null,
    changeNote: null,
  })
}
