import type { Access } from 'payload'

/** Anyone signed in to the admin is ministry staff; finer roles are checked per operation. */
export const isStaff: Access = ({ req }) => Boolean(req.user)
