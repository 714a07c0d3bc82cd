import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')
