import { type Endpoint, type PayloadRequest, ValidationError } from 'payload'

import { refuse } from '../../src/endpoints/shared/answers'
import { collectionAllows } from '../../src/endpoints/shared/collectionAllows'
import { documentId } from '../../src/lib/documentId'
import { pluginSlug } from '../../src/lib/pluginSlug'
import { translate } from '../../src/translations'
import type { Id } from '../../src/types'
import { withDrafts } from './overlappingSessions'
import { programmeFacts } from './programmeFacts'
import { type Problem, publishProblems } from './publishProblems'

/** Only who may edit sessions (the collection's own access, a host's overrides included) plans them. */
const refuseVisitors = async (req: PayloadRequest): Promise<void> => {
  if (await collectionAllows(req, pluginSlug(req.payload, 'sessions'), 'update')) return
  refuse(req.user ? 403 : 401, translate(req, req.user ? 'notAllowed' : 'signInFirst'))
}

/** `?event=` as the database numbers its documents; undefined if it cannot name an event. */
const readEvent = (req: PayloadRequest): Id | undefined => documentId(req.payload, req.searchParams.get('event'))

type Session = { id: Id; title: string; _status?: string } & Record<string, unknown>

/** A handler for editors on `?event=ID`, given that event and every session of it (as readEvent, sessionsOf). */
const forEventSessions =
  (answer: (req: PayloadRequest, sessions: Session[], event: Id) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    await refuseVisitors(req)
    const event = readEvent(req)
    if (event === undefined) return refuse(400, translate(req, 'eventParameter'))
    return answer(req, await sessionsOf(req, event), event)
  }

/** Every session of the event, as editors see it (its latest draft), in programme order. */
const sessionsOf = async (req: PayloadRequest, event: Id) =>
  (
    await req.payload.find({
      collection: pluginSlug(req.payload, 'sessions'),
      depth: 0,
      draft: true,
      overrideAccess: false,
      pagination: false,
      req,
      sort: 'start',
      user: req.user,
      where: { event: { equals: event } },
    })
  ).docs as unknown as Session[]

/**
 * `POST /api/sessions/conflicts` with a session's form data: what would stop it from being
 * published, drafts included, so the form warns while the programme is still being planned.
 */
const conflicts: Endpoint = {
  path: '/conflicts',
  method: 'post',
  handler: async (req) => {
    await refuseVisitors(req)
    const data = (await req.json?.().catch(() => undefined)) as Record<string, unknown> | undefined
    if (!data || typeof data !== 'object' || Array.isArray(data)) return refuse(400, translate(req, 'sessionBody'))
    req.context[withDrafts] = true
    const id = (data.id ?? undefined) as Id | undefined
    return Response.json({ problems: await publishProblems(req, data, id) })
  },
}

/** `GET /api/sessions/programme-check?event=ID`: every session of the event with what would stop its publication. */
const programmeCheck: Endpoint = {
  path: '/programme-check',
  method: 'get',
  handler: forEventSessions(async (req, sessions, event) => {
    req.context[withDrafts] = true
    const facts = await programmeFacts(req, event, sessions)
    const checked = []
    for (const session of sessions) {
      checked.push({ id: session.id, problems: await publishProblems(req, session, session.id, facts), status: session._status, title: session.title })
    }
    return Response.json({ sessions: checked })
  }),
}

/**
 * `POST /api/sessions/publish-programme?event=ID`: publishes every session of the event not yet
 * published, each on its own with all publish rules; answers which were published and which were
 * refused and why. A refused session stays as it was.
 */
const publishProgramme: Endpoint = {
  path: '/publish-programme',
  method: 'post',
  handler: forEventSessions(async (req, sessions) => {
    const published: { id: Id; title: string }[] = []
    const notPublished: { id: Id; title: string; problems: Problem[] }[] = []
    for (const session of sessions) {
      if (session._status === 'published') continue
      try {
        await req.payload.update({
          collection: pluginSlug(req.payload, 'sessions'),
          data: { _status: 'published' },
          depth: 0, // the answer lists ids and titles only: no need to populate speakers, event and venue
          id: session.id,
          overrideAccess: false,
          req,
          user: req.user,
        })
        published.push({ id: session.id, title: session.title })
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        const problems = error.data.errors.map(({ message: text, path }) => ({ field: path, message: text }))
        notPublished.push({ id: session.id, problems, title: session.title })
      }
    }
    return Response.json({ published, refused: notPublished })
  }),
}

export const planningEndpoints = [conflicts, programmeCheck, publishProgramme]
