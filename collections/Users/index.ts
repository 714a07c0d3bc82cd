import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '../../src/access/adminFieldOnly'
import { admins } from '../../src/access/admins'
import { adminsOrSelf } from '../../src/access/adminsOrSelf'
import { hasRole, roles } from '../../src/lib/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { de: 'Benutzer·in', en: 'User' },
    plural: { de: 'Benutzer·innen', en: 'Users' },
  },
  auth: true,
  access: {
    admin: ({ req: { user } }) => hasRole(user, 'admin', 'editor'),
    create: admins,
    delete: admins,
    read: adminsOrSelf,
    update: adminsOrSelf,
  },
  admin: { defaultColumns: ['name', 'email', 'role'], useAsTitle: 'email' },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: { de: 'Rolle', en: 'Role' },
      options: roles.map((value) => ({
        value,
        label: value === 'admin' ? { de: 'Administration', en: 'Administrator' } : { de: 'Redaktion', en: 'Editor' },
      })),
      access: { create: adminFieldOnly, update: adminFieldOnly },
    },
  ],
}
