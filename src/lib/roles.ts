/** Roles of admin-panel users. Editors manage content; admins also manage users. */
export const roles = ['admin', 'editor'] as const

export type Role = (typeof roles)[number]

type MaybeUser = { role?: unknown } | null | undefined

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean =>
  Boolean(user && allowed.includes(user.role as Role))
