import { slugField as payloadSlugField, type Field, type RowField } from 'payload'

import { slugFromTitle } from '@/lib/transliterate'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  if (value.length > 120) return 'A slug has at most 120 characters.'
  if (!SLUG_PATTERN.test(value)) {
    return 'Use lowercase Latin letters, digits and single hyphens (e.g. "talks-in-bishkek").'
  }
  return true
}

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
    overrides: (row) => ({ ...row, fields: row.fields.map(withSlugRules) }),
  })

function withSlugRules(field: Field): Field {
  if (field.type !== 'text' || field.name !== 'slug') return field
  return {
    ...field,
    validate: (value: unknown) => validateSlug(value),
    admin: {
      ...field.admin,
      description: 'The address of the page in every language: lowercase Latin letters, digits and hyphens.',
    },
  }
}
