import type { Access } from 'payload'

/** Staff read everything; visitors read only what is published. A query, so lists are filtered too. */
export const publishedOrStaff: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
