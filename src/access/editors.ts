import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Content is written by signed-in staff: editors and admins. */
export const editors: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
