import type { TextField } from 'payload'

import type { Trilingual } from '@/i18n/admin/labels/text'
import { validationAnswer, type ValidationMessage } from '@/i18n/admin/labels/validation'

export function validateHttpUrl(value: unknown): true | ValidationMessage {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'webAddress'
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // reported below
  }
  return 'fullWebAddress'
}

/** An optional link to another site; only http(s), so no `javascript:` reaches a page. */
export const httpUrlField = (name: string, label: Trilingual, description: Trilingual): TextField => ({
  name,
  label,
  type: 'text',
  validate: (value: unknown, { req }) => validationAnswer(validateHttpUrl(value), req.i18n.language),
  admin: { description },
})
