import {
  slugField as payloadSlugField,
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

function withSlugRules(field: Field, useAsSlug: string): Field {
  if (field.type !== 'text' || field.name !== 'slug') return field
  return {
    ...field,
    label: slugLabel,
    hooks: {
      ...field.hooks,
      beforeValidate: [...(field.hooks?.beforeValidate ?? []), slugBeforeValidation(useAsSlug)],
    },
    validate: (value: unknown, { req }: { req: PayloadRequest }) =>
      validationAnswer(validateSlug(value), req.i18n.language),
    admin: { ...field.admin, description: slugDescription },
  }
}
