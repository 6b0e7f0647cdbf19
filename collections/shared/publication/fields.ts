import type { Field, FieldAccess } from 'payload'

import { canPublish } from '@/access/roles'
import { dayAndTime } from '@/fields/dayAndTime'
import { changeText, reviewText, withdrawalText } from '@/i18n/admin/labels/publication'

import { CHANGE_NOTE_MAX_LENGTH, CHANGE_KINDS, REVIEW_STATES } from './rules'

const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)
const editorsOnly: FieldAccess = ({ req }) => canPublish(req.user)
/** Written by hooks.ts alone: whatever a client sends is replaced. */
const recorded = { readOnly: true } as const

const reviewStateLabels = {
  submitted: reviewText.submitted,
  returned: reviewText.returned,
  approved: reviewText.approved,
}
const changeKindLabels = { significant: changeText.significant, minor: changeText.minor }

/**
 * The review, change-note and withdrawal fields of releases, events and documents. Each language is reviewed,
 * published, changed and withdrawn on its own, as it is published on its own, so every field is localized. What only
 * staff need is hidden from visitors by field access. A copy (the admin's Duplicate) is a new text: it takes the
 * words, not the original's status, review, withdrawal or record (`disableDuplicate`), so it starts as a draft in
 * every language, with nothing published, approved or announced.
 */
const ownFields: Field[] = [
  {
    name: 'reviewState',
    label: reviewText.state,
    type: 'select',
    localized: true,
    index: true,
    options: REVIEW_STATES.map((value) => ({ value, label: reviewStateLabels[value] })),
    access: { read: staffOnly },
    admin: { position: 'sidebar', description: reviewText.stateDescription },
  },
  {
    name: 'reviewComment',
    label: reviewText.comment,
    type: 'textarea',
    localized: true,
    maxLength: 2000,
    access: { read: staffOnly, create: editorsOnly, update: editorsOnly },
    admin: { position: 'sidebar' },
  },
  {
    name: 'reviewSubmittedBy',
    label: reviewText.submittedBy,
    type: 'relationship',
    relationTo: 'users',
    localized: true,
    maxDepth: 0,
    access: { read: staffOnly },
    admin: { position: 'sidebar', ...recorded },
  },
  {
    name: 'publishReason',
    label: reviewText.publishReason,
    type: 'textarea',
    localized: true,
    maxLength: 1000,
    access: { read: staffOnly, create: editorsOnly, update: editorsOnly },
    admin: { position: 'sidebar', description: reviewText.publishReasonDescription },
  },
  {
    name: 'changeKind',
    label: changeText.kind,
    type: 'radio',
    localized: true,
    options: CHANGE_KINDS.map((value) => ({ value, label: changeKindLabels[value] })),
    access: { read: staffOnly },
    admin: { position: 'sidebar', description: changeText.kindDescription },
  },
  {
    name: 'changeNote',
    label: changeText.note,
    type: 'textarea',
    localized: true,
    maxLength: CHANGE_NOTE_MAX_LENGTH,
    access: { read: staffOnly },
    admin: {
      position: 'sidebar',
      description: changeText.noteDescription,
      condition: (_, siblingData) => siblingData?.changeKind === 'significant',
    },
  },
  {
    name: 'withdrawn',
    label: withdrawalText.withdrawn,
    type: 'checkbox',
    localized: true,
    access: { create: editorsOnly, update: editorsOnly },
    admin: { position: 'sidebar', description: withdrawalText.withdrawnDescription },
  },
  {
    name: 'withdrawalExplanation',
    label: withdrawalText.explanation,
    type: 'textarea',
    localized: true,
    maxLength: 1000,
    access: { create: editorsOnly, update: editorsOnly },
    admin: {
      position: 'sidebar',
      description: withdrawalText.explanationDescription,
      condition: (_, siblingData) => Boolean(siblingData?.withdrawn),
    },
  },
  {
    name: 'withdrawnAt',
    label: withdrawalText.withdrawnAt,
    type: 'date',
    localized: true,
    index: true,
    admin: { position: 'sidebar', date: dayAndTime, ...recorded },
  },
  {
    name: 'firstPublishedAt',
    label: changeText.firstPublishedAt,
    type: 'date',
    localized: true,
    admin: { position: 'sidebar', date: dayAndTime, ...recorded },
  },
  {
    name: 'lastUpdatedAt',
    label: changeText.lastUpdatedAt,
    type: 'date',
    localized: true,
    admin: { position: 'sidebar', date: dayAndTime, ...recorded },
  },
  {
    name: 'changeHistory',
    label: changeText.history,
    labels: changeText.historyRow,
    type: 'array',
    localized: true,
    admin: { ...recorded, initCollapsed: true },
    fields: [
      { name: 'at', label: changeText.at, type: 'date', required: true, admin: { date: dayAndTime } },
      { name: 'note', label: changeText.note, type: 'textarea', required: true },
    ],
  },
  {
    name: 'publicationLog',
    label: reviewText.log,
    labels: reviewText.logRow,
    type: 'array',
    localized: true,
    access: { read: staffOnly },
    admin: { ...recorded, initCollapsed: true },
    fields: [
      { name: 'at', label: reviewText.logAt, type: 'date', required: true, admin: { date: dayAndTime } },
      { name: 'by', label: reviewText.logBy, type: 'relationship', relationTo: 'users', maxDepth: 0 },
      { name: 'reviewed', label: reviewText.logReviewed, type: 'checkbox' },
      { name: 'reason', label: reviewText.publishReason, type: 'textarea' },
    ],
  },
]

export const publicationFields: Field[] = [
  // Payload adds `_status` to every collection with drafts and merges a field of the same name into its own (the
  // options and all else stay Payload's): copied, it would publish a copy at once in each language the original is
  // published in, whoever made it, unreviewed.
  { name: '_status', type: 'select', options: [], hooks: { beforeDuplicate: [() => 'draft'] } },
  ...ownFields.map((field) => ({ ...field, disableDuplicate: true }) as Field),
]
