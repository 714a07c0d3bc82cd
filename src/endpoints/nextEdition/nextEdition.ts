import { commitTransaction, type Endpoint, initTransaction, killTransaction, NotFound, type PayloadRequest } from 'payload'

import { documentId } from '../../lib/documentId'
import { readOffsetDays } from '../../lib/nextEdition/offsetDays'
import { pluginSlug } from '../../lib/pluginSlug'
import { translate } from '../../translations'
import { refuse } from '../shared/answers'
import { collectionAllows } from '../shared/collectionAllows'
import { copyEvent } from './copyEvent'

/** An empty body means the defaults; anything that is not JSON is refused like a wrong value. */
const readBody = async (req: PayloadRequest): Promise<unknown> => {
  const text = req.text ? await req.text() : ''
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    return { offsetDays: text }
  }
}

/**
 * `POST /api/events/:id/next-edition` with `{ offsetDays?: number }` (default 364): creates the
 * next edition as a draft and answers 201 with its ID, the address of its admin edit view, and
 * `review`: the languages whose description may still name the old edition.
 */
export const nextEdition: Endpoint = {
  path: '/:id/next-edition',
  method: 'post',
  handler: async (req) => {
    // the events collection's own create access decides (a host's overrides included); reading
    // the source and creating its sessions go through the Local API with the same access
    if (!(await collectionAllows(req, pluginSlug(req.payload, 'events'), 'create'))) {
      return req.user ? refuse(403, translate(req, 'notAllowed')) : refuse(401, translate(req, 'signInFirst'))
    }
    const days = readOffsetDays(await readBody(req)) ?? refuse(400, translate(req, 'offsetDays'))
    // an id the database cannot hold names no event: asking would be a database error
    const id = documentId(req.payload, req.routeParams?.id) ?? refuse(404, translate(req, 'eventMissing'))

    const ownTransaction = await initTransaction(req)
    try {
      const copy = await copyEvent(req, id, days)
      if (ownTransaction) await commitTransaction(req)
      const { routes } = req.payload.config
      const adminUrl = `${routes.admin}/collections/${pluginSlug(req.payload, 'events')}/${copy.id}`
      return Response.json({ adminUrl, id: copy.id, review: copy.review }, { status: 201 })
    } catch (error) {
      await killTransaction(req)
      if (error instanceof NotFound) return refuse(404, translate(req, 'eventMissing'))
      throw error
    }
  },
}
