import type { DateFieldValidation } from 'payload'

import { validationAnswer } from '@/i18n/admin/labels/validation'

/** An event cannot end before it starts. */
export const validateEndsAt: DateFieldValidation = (value, { req, siblingData }) => {
  const startsAt = (siblingData as { startsAt?: unknown }).startsAt
  if (!value || typeof startsAt !== 'string') return true
  const inOrder = new Date(value).getTime() >= new Date(startsAt).getTime()
  return validationAnswer(inOrder || 'endsBeforeStart', req.i18n.language)
}
