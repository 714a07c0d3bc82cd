import { type Endpoint, NotFound, type Payload, UnauthorizedError } from 'payload'

const slug = 'payload-preferences'

/**
 * `DELETE /api/payload-preferences/:key`, as Payload's own handler answers it. Payload's deletes
 * the row with a where-query on the relationship to several collections (`user.value`), which the
 * SQL adapters cannot run (500 for every key). This one finds the row through the Local API and
 * deletes it by id.
 */
const deletePreference: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const key = req.routeParams?.key
    const { docs } = await req.payload.find({
      collection: slug,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: {
        and: [
          { key: { equals: key } },
          { 'user.value': { equals: req.user.id } },
          { 'user.relationTo': { equals: req.user.collection } },
        ],
      },
    })
    if (!docs[0]) throw new NotFound(req.t)
    const doc = await req.payload.delete({ collection: slug, depth: 0, id: docs[0].id, overrideAccess: true, req })
    return Response.json({ ...doc, message: req.t('general:deletedSuccessfully') })
  },
  method: 'delete',
  path: '/:key',
}

/** Put ahead of Payload's own handler on init, as Payload adds the preferences collection after the plugins ran. */
export const fixPreferenceDelete = (payload: Payload): void => {
  const collection = payload.collections[slug]?.config
  if (!collection || collection.endpoints === false || collection.endpoints.includes(deletePreference)) return
  collection.endpoints = [deletePreference, ...collection.endpoints]
}
