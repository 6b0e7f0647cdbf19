import {
  slugField as payloadSlugField,
  type CollectionSlug,
  type Field,
  type FieldHook,
  type PayloadRequest,
  type RowField,
} from 'payload'

import { slugDescription, slugLabel } from '@/i18n/admin/labels/shared'
import { validationAnswer, type ValidationMessage } from '@/i18n/admin/labels/validation'
import { slugFromTitle } from '@/lib/format/transliterate'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function validateSlug(value: unknown): true | ValidationMessage {
  if (typeof value !== 'string' || value.length === 0) return 'slugRequired'
  if (value.length > 120) return 'slugTooLong'
  if (!SLUG_PATTERN.test(value)) return 'slugPattern'
  return true
}

/** Whether an address segment can be a slug at all: anything else names no document, and is not looked up. */
export const isSlug = (value: unknown): value is string => validateSlug(value) === true

/**
 * The address of a document: one for all its languages, unique, Latin letters. Payload's slug field writes it from
 * the title of the first language saved (in the admin, its lock button regenerates it on request); afterwards it
 * changes only when someone edits it, so published links never break by accident.
 */
export const slugField = (useAsSlug = 'title'): RowField =>
  payloadSlugField({
    useAsSlug,
    position: 'sidebar',
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' ? slugFromTitle(valueToSlugify) : undefined,
    overrides: (row) => ({ ...row, fields: row.fields.map((field) => withSlugRules(field, useAsSlug)) }),
  })

/**
 * Payload writes the slug in a `beforeChange` hook, after validation has found it empty: a create that publishes at
 * once (a script, an import; the admin saves a draft first) was refused "required". Written before validation, from
 * the title in whichever language the text is created.
 */
const slugBeforeValidation =
  (useAsSlug: string): FieldHook =>
  ({ operation, siblingData, value }) => {
    if (operation !== 'create' || (typeof value === 'string' && value !== '')) return value
    const title: unknown = siblingData?.[useAsSlug]
    return typeof title === 'string' ? slugFromTitle(title) : value
  }

/** How many copies of one text get a numbered address of their own (`-copy`, `-copy-2`…) before a copy is refused. */
const NUMBERED_COPIES = 10

/**
 * A copy's address (the admin's Duplicate): the original's with `-copy`, or the first numbered one no text holds, so a
 * second copy of the same text is made too rather than refused as a taken address.
 */
const slugOfCopy: FieldHook = async ({ collection, req, value }) => {
  if (typeof value !== 'string' || !collection) return undefined
  const candidates = Array.from(
    { length: NUMBERED_COPIES },
    (_, n) => `${value}-copy${n === 0 ? '' : `-${n + 1}`}`,
  )
  const { docs } = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    where: { slug: { in: candidates } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    req,
  })
  const taken = new Set(docs.map((doc) => (doc as { slug?: unknown }).slug))
  return candidates.find((candidate) => !taken.has(candidate)) ?? candidates[0]
}

function withSlugRules(field: Field, useAsSlug: string): Field {
  if (field.type !== 'text' || field.name !== 'slug') return field
  return {
    ...field,
    label: slugLabel,
    hooks: {
      ...field.hooks,
      beforeValidate: [...(field.hooks?.beforeValidate ?? []), slugBeforeValidation(useAsSlug)],
      beforeDuplicate: [slugOfCopy],
    },
    validate: (value: unknown, { req }: { req: PayloadRequest }) =>
      validationAnswer(validateSlug(value), req.i18n.language),
    admin: { ...field.admin, description: slugDescription },
  }
}
