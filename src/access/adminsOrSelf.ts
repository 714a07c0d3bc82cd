import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Admins see and edit every user; anyone else signed in only their own account. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
