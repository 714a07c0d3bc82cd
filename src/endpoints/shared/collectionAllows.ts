import type { Collection, PayloadRequest } from 'payload'

/**
 * Whether the collection's own `create` or `update` access lets this request do that at all (a
 * query that limits which documents counts as yes). Asked of the sanitised collection config, so
 * a host's `overrides.<collection>.access` governs the plugin's endpoints as it governs Payload's.
 */
export const collectionAllows = async (req: PayloadRequest, slug: string, operation: 'create' | 'update'): Promise<boolean> => {
  const access = (req.payload.collections as Record<string, Collection | undefined>)[slug]?.config.access[operation]
  return Boolean(access && (await access({ req })))
}
