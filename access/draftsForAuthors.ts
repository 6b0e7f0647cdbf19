import type { Access } from 'payload'

import { canPublish } from './roles'

/**
 * Any staff member saves drafts; only editors and administrators save a published version. Payload asks this with
 * `data._status` set to the status being written, which is also how the admin decides to show the Publish button.
 * Unpublishing is refused to authors by `authorsSaveOnlyDrafts`, since it writes `_status: 'draft'`.
 */
export const draftsForAuthors: Access = ({ req, data }) => {
  if (!req.user) return false
  return canPublish(req.user) || data?._status !== 'published'
}
