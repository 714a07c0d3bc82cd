import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'

/**
 * Visitors read a session only when it and its event are published, so publishing a session
 * early does not reveal the programme of an event still in draft. Staff read everything.
 */
export const publishedInPublishedEvent: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const visible: Where = {
    and: [{ _status: { equals: 'published' } }, { 'event._status': { equals: 'published' } }],
  }
  return visible
}
