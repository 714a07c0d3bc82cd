/** Roles of admin-panel users. Editors manage content; admins also manage users. */
export const roles = ['admin', 'editor'] as const

export type Role = (typeof roles)[number]

/** Any user object: the host's generated types may or may not know the role field. */
type MaybeUser = object | null | undefined

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean =>
  Boolean(user && 'role' in user && allowed.includes(user.role as Role))
