import { commitTransaction, type Endpoint, initTransaction, killTransaction, NotFound, type PayloadRequest } from 'payload'

import { message } from '../../lib/messages'
import { readOffsetDays } from '../../lib/nextEdition/offsetDays'
import { pluginSlug } from '../../lib/pluginSlug'
import { hasRole } from '../../lib/roles'
import { errorAnswer } from '../shared/answers'
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

/** SQL databases number their documents: any other ID cannot name an event there. */
const isPossibleId = (req: PayloadRequest, id: string): boolean =>
  req.payload.db.defaultIDType !== 'number' || /^\d+$/.test(id)

/**
 * `POST /api/events/:id/next-edition` with `{ offsetDays?: number }` (default 364): creates the
 * next edition as a draft and answers 201 with its ID and the address of its admin edit view.
 */
export const nextEdition: Endpoint = {
  path: '/:id/next-edition',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorAnswer(401, message(req, 'signInFirst'))
    if (!hasRole(req.user, 'admin', 'editor')) return errorAnswer(403, message(req, 'editorsOnly'))
    const days = readOffsetDays(await readBody(req))
    if (days === undefined) return errorAnswer(400, message(req, 'offsetDays'))
    const id = String(req.routeParams?.id ?? '')
    if (!isPossibleId(req, id)) return errorAnswer(404, message(req, 'eventMissing'))

    const ownTransaction = await initTransaction(req)
    try {
      const copy = await copyEvent(req, req.payload.db.defaultIDType === 'number' ? Number(id) : id, days)
      if (ownTransaction) await commitTransaction(req)
      const { routes } = req.payload.config
      const adminUrl = `${routes.admin}/collections/${pluginSlug(req.payload, 'events')}/${copy}`
      return Response.json({ adminUrl, id: copy }, { status: 201 })
    } catch (error) {
      await killTransaction(req)
      if (error instanceof NotFound) return errorAnswer(404, message(req, 'eventMissing'))
      throw error
    }
  },
}
