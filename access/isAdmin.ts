import type { Access, FieldAccess } from 'payload'

/** Only administrators manage staff accounts, roles and the site's settings. */
export const isAdmin: Access = ({ req }) => req.user?.role === 'admin'

export const isAdminField: FieldAccess = ({ req }) => req.user?.role === 'admin'
