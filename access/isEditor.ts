import type { Access } from 'payload'

import { canPublish } from './roles'

/** Editors and administrators: deleting content and media, managing topics. */
export const isEditor: Access = ({ req }) => canPublish(req.user)
