import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { ROLES } from '@/access/roles'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
  },
  // Only administrators create, delete, promote or unlock accounts (Payload lets any signed-in user unlock by
  // default). Staff see their colleagues' names, which the admin shows on locked documents and versions, and may
  // change their own name and password, never their role.
  access: {
    read: isStaff,
    create: isAdmin,
    update: ({ req }) =>
      req.user?.role === 'admin' ? true : req.user ? { id: { equals: req.user.id } } : false,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'author',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
    },
  ],
}
