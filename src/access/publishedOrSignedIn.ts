import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Visitors read published documents only; staff also read drafts. */
export const publishedOrSignedIn: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
