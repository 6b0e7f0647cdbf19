import type { TextField } from 'payload'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  if (value.length > 120) return 'A slug has at most 120 characters.'
  if (!SLUG_PATTERN.test(value)) {
    return 'Use lowercase Latin letters, digits and single hyphens (e.g. "talks-in-bishkek").'
  }
  return true
}

/** The address of a document: one for all its languages, unique, Latin letters. */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  localized: false,
  validate: (value: unknown) => validateSlug(value),
  admin: {
    position: 'sidebar',
    description: 'The address of the page in every language: lowercase Latin letters, digits and hyphens.',
  },
})
