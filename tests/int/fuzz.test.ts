import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { configToSchema } from '@payloadcms/graphql'

import { createEvent, createSession, createSpeaker, createVenue, eventData, password, pngFile, removeMedia, sessionData } from '../helpers/fixtures'
import type { FuzzCase } from '../helpers/fuzz/case'
import { graphqlCases } from '../helpers/fuzz/graphqlCases'
import { seededRandom } from '../helpers/fuzz/random'
import { type Bases, restCases, routesOf, type Targets } from '../helpers/fuzz/restCases'
import { runCases } from '../helpers/fuzz/run'
import { selectCases } from '../helpers/fuzz/select'
import { siteRoutes } from '../helpers/fuzz/send'
import { type ApiContext, startApi } from '../helpers/rest'

/**
 * Sends generated bad input to every REST route (every collection's, Payload's own included, the
 * plugin's endpoints, sign-in and file routes), every GraphQL query and mutation, and every field
 * of every collection, through the site's own route handlers. No answer may be a 5xx, input no
 * valid request carries must be refused with a 4xx, and nothing stored may change unless a 2xx
 * answer says so. FUZZ_SEED picks other cases; FUZZ_CASE=<n>[,<m>…] replays single cases.
 */
const seed = Number(process.env.FUZZ_SEED ?? 12)
/** Enough for one case per route, operation and field; FUZZ_CASES asks for more. */
const budget = Number(process.env.FUZZ_CASES ?? 500)
/** The run stops after this many seconds (FUZZ_SECONDS), and says how many cases it sent. */
const seconds = Number(process.env.FUZZ_SECONDS ?? 50)
const only = process.env.FUZZ_CASE?.split(',').map(Number)

let ctx: ApiContext
let cases: FuzzCase[]
let targets: Targets

beforeAll(async () => {
  ctx = await startApi()
  const { payload, users } = ctx
  const event = await createEvent(payload, { slug: 'symposium' })
  const session = await createSession(payload, event.id)
  const media = await payload.create({ collection: 'media', data: { alt: 'Podium' }, file: await pngFile(40, 30) })
  const user = { relationTo: 'users' as const, value: users.admin.id }
  // as the admin panel stores a preference: for the signed-in user
  await ctx.api.request('POST', '/api/payload-preferences/fuzz', { body: { value: { a: 1 } }, token: ctx.tokens.admin })
  const preference = (await payload.find({ collection: 'payload-preferences', where: { key: { equals: 'fuzz' } } })).docs[0]
  const lock = await payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'events', value: event.id }, user },
  })
  targets = {
    events: { id: event.id, params: { slug: 'symposium' } },
    media: { id: media.id, params: { filename: media.filename as string } },
    organisations: { id: (await payload.create({ collection: 'organisations', data: { name: 'Difu' } })).id },
    'payload-locked-documents': { id: lock.id },
    'payload-preferences': { id: preference.id, params: { key: 'fuzz' } },
    sessions: { id: session.id },
    speakers: { id: (await createSpeaker(payload)).id },
    topics: { id: (await payload.create({ collection: 'topics', data: { name: 'Stadtentwicklung' } })).id },
    users: { id: users.editor.id },
    venues: { id: (await createVenue(payload)).id },
  }
  const bases: Bases = {
    events: eventData(),
    organisations: { name: 'Neue Organisation' },
    sessions: sessionData(event.id),
    speakers: { familyName: 'Muster', givenName: 'Maxi' },
    topics: { name: 'Neues Thema' },
    users: { email: 'fuzz@example.org', name: 'Fuzz', password, role: 'editor' },
    venues: { address: { city: 'Berlin' }, latitude: 52.5, longitude: 13.4, name: 'Neuer Ort' },
  }
  const random = seededRandom(seed)
  const { schema } = configToSchema(ctx.config)
  const stored = { Event: event.id, Media: media.id, Session: session.id, Venue: targets.venues.id!, User: users.editor.id }
  const all = [...restCases(ctx.config, targets, bases), ...graphqlCases(schema, random, stored, 4)]
  cases = selectCases(all, budget, random)
  const routes = new Set(routesOf(ctx.config).map(({ endpoint, pattern }) => `${endpoint.method} ${pattern}`))
  const operations = new Set(all.filter(({ url }) => url === '/api/graphql').map(({ route }) => route))
  const fields = new Set(all.flatMap(({ field }) => field ?? []))
  console.log(
    `fuzz: seed ${seed}: ${routes.size} REST routes, ${operations.size} GraphQL operations, ${fields.size} fields; ` +
      `${cases.length} of ${all.length} generated cases`,
  )
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
})

it('answers generated bad input with a 4xx, never a 5xx, and changes nothing stored', async () => {
  const routes = await siteRoutes()
  const chosen = cases.map((fuzzCase, index) => ({ fuzzCase, index: index + 1 })).filter(({ index }) => !only || only.includes(index))
  const started = Date.now()
  const { findings, sent, statuses } = await runCases(ctx.payload, routes, chosen, ctx.tokens.admin as string, started + seconds * 1000)
  console.log(`fuzz: ${sent} of ${chosen.length} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, answers ${JSON.stringify(statuses)}`)
  const report = findings.map(({ index, name, problem }) => `case ${index} (FUZZ_SEED=${seed} FUZZ_CASE=${index}): ${name}\n    → ${problem}`)
  expect(report).toEqual([])
})
