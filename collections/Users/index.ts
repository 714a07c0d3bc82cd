import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { adminFieldOnly } from '../../src/access/adminFieldOnly'
import { admins } from '../../src/access/admins'
import { adminsOrSelf } from '../../src/access/adminsOrSelf'
import { strictValues } from '../../src/fields/strictValues'
import { withTimestamps } from '../../src/fields/timestamps'
import { capReads } from '../../src/lib/limits/capReads'
import { hasRole, roles } from '../../src/lib/roles'
import { collectionLabels } from '../../src/translations/label'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { resetRequestInterval } from './hooks/resetRequestInterval'
import { resetPasswordEmail } from './resetPasswordEmail'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: collectionLabels({
    singular: { de: 'Benutzer·in', en: 'User' },
    plural: { de: 'Benutzer·innen', en: 'Users' },
  }),
  // Payload's minRequestInterval deadlocks on SQLite: resetRequestInterval does its work
  auth: { forgotPassword: { ...resetPasswordEmail, minRequestInterval: 0 } },
  access: {
    admin: ({ req: { user } }) => hasRole(user, 'admin', 'editor'),
    create: admins,
    delete: admins,
    read: adminsOrSelf,
    // lifting a sign-in lock is managing an account: an editor could otherwise keep guessing passwords
    unlock: admins,
    update: adminsOrSelf,
  },
  admin: { defaultColumns: ['name', 'email', 'role'], useAsTitle: 'email' },
  hooks: { beforeChange: [firstUserIsAdmin], beforeOperation: [capReads as CollectionBeforeOperationHook<'users'>, resetRequestInterval] },
  fields: strictValues(withTimestamps([
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
  ])),
}
