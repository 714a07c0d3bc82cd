import type { FieldAccess } from 'payload'

import { hasRole } from '../lib/roles'

/** Field-level guard, e.g. so editors cannot promote themselves to admin. */
export const adminFieldOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
