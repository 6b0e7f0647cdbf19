import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { ROLES } from '@/access/roles'
import { userText } from '@/i18n/admin/labels/collections'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: userText.labels,
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
    { name: 'name', label: userText.name, type: 'text', required: true },
    {
      name: 'role',
      label: userText.role,
      type: 'select',
      required: true,
      defaultValue: 'author',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      options: ROLES.map((role) => ({ label: userText.roles[role], value: role })),
    },
  ],
}
