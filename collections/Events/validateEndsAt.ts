import type { DateFieldValidation } from 'payload'

/** An event cannot end before it starts. */
export const validateEndsAt: DateFieldValidation = (value, { siblingData }) => {
  const startsAt = (siblingData as { startsAt?: unknown }).startsAt
  if (!value || typeof startsAt !== 'string') return true
  return new Date(value).getTime() >= new Date(startsAt).getTime()
    ? true
    : 'The end must not be before the start.'
}
