import type { Access, FieldAccess } from 'payload'

/** Stand-ins for `req.user` when access functions are called without Payload. */
export const anonymous = null
export const editorUser = { collection: 'users', email: 'editor@example.org', id: 2, role: 'editor' }
export const adminUser = { collection: 'users', email: 'admin@example.org', id: 1, role: 'admin' }
/** Signed in, but with a role the site does not know (e.g. left over from an old version). */
export const unknownRoleUser = { collection: 'users', email: 'guest@example.org', id: 3, role: 'guest' }

export type FakeUser = typeof adminUser | null

type AccessArgs = Parameters<Access>[0] & Parameters<FieldAccess>[0]

/** The arguments Payload passes to collection and field access functions, reduced to the user. */
export const accessArgs = (user: FakeUser): AccessArgs => ({ req: { user } }) as unknown as AccessArgs
