import type { TextField } from 'payload'

export function validateHttpUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Enter a web address.'
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // reported below
  }
  return 'Enter a full web address starting with https://'
}

/** An optional link to another site; only http(s), so no `javascript:` reaches a page. */
export const httpUrlField = (name: string, description: string): TextField => ({
  name,
  type: 'text',
  validate: (value: unknown) => validateHttpUrl(value),
  admin: { description },
})
