import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'

import type { Event } from '../../payload-types'
import { createEvent, createSession, createSpeaker, idOf } from '../helpers/fixtures'
import { maxRows } from '../../src/lib/import/limits'
import { type ApiContext, type ApiResponse, startApi } from '../helpers/rest'

let ctx: ApiContext
let event: Event

beforeAll(async () => {
  ctx = await startApi()
  event = await createEvent(ctx.payload, { slug: 'koelner-symposium', title: 'Kölner Symposium' })
  await ctx.payload.create({ collection: 'organisations', data: { name: 'Stadt Köln', slug: 'stadt-koeln' } })
  await createSpeaker(ctx.payload, 'Anna', 'Beispiel')
})

afterAll(async () => {
  await ctx?.close()
})

/** Uploads a CSV file as the admin panel does: multipart form data, field `file`. */
const upload = (path: string, csv: string, token?: string, language?: string): Promise<ApiResponse> => {
  const data = Buffer.from(csv, 'utf8')
  return ctx.api.request('POST', path, { file: { data, mimetype: 'text/csv', name: 'import.csv', size: data.length }, language, token })
}

/** Sends the CSV as the request body (text/csv), as a script would; a stream goes in chunks without Content-Length. */
const postCsv = async (path: string, csv: ReadableStream<Uint8Array> | string, token?: string): Promise<ApiResponse> => {
  const url = new URL(path, 'http://localhost:3000')
  const slug = url.pathname.slice('/api/'.length).split('/')
  const headers: Record<string, string> = { 'Content-Type': 'text/csv; charset=utf-8' }
  if (token) headers.Authorization = `JWT ${token}`
  const request = new Request(url, { body: csv, duplex: 'half', headers, method: 'POST' } as RequestInit)
  const response = await REST_POST(ctx.config)(request, { params: Promise.resolve({ slug }) })
  return { body: await response.json(), status: response.status }
}

const count = async (collection: 'sessions' | 'speakers') =>
  (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs

const speakersCsv = '\uFEFFTitel;Vorname;Nachname;Funktion;Organisation;E-Mail\r\n' +
  'Dr.;Carla;Neumann;Kämmerin;Stadt Köln;c@example.org\r\n' +
  ';Jonas;Weber;Referent;stadt-koeln;\r\n'

describe('POST /api/speakers/import', () => {
  it('is for editors only: visitors are asked to sign in', async () => {
    const { status } = await upload('/api/speakers/import', speakersCsv)
    expect(status).toBe(401)
    expect(await count('speakers')).toBe(1)
  })

  it('shows in a dry run what it would create, and writes nothing', async () => {
    const { body, status } = await upload('/api/speakers/import?dryRun=1', speakersCsv, ctx.tokens.editor)
    expect(status).toBe(200)
    expect(body).toEqual({
      create: [
        { line: 2, title: 'Dr. Carla Neumann' },
        { line: 3, title: 'Jonas Weber' },
      ],
      dryRun: true,
      errors: [],
      ignoredColumns: ['E-Mail'],
    })
    expect(await count('speakers')).toBe(1)
  })

  it('refuses the whole file when one row is bad, naming its line and column', async () => {
    const csv = 'firstName,lastName,Organisation\nCarla,Neumann,Stadt Köln\nJonas,Weber,Stadt Bonn\n'
    const { body, status } = await upload('/api/speakers/import', csv, ctx.tokens.editor, 'en')
    expect(status).toBe(400)
    expect(body.errors).toEqual([{ field: 'Organisation', line: 3, message: '“Stadt Bonn” was not found.' }])
    expect(await count('speakers')).toBe(1)
  })

  it('creates the speakers with their organisation, and refuses to import them twice', async () => {
    const { body, status } = await upload('/api/speakers/import', speakersCsv, ctx.tokens.editor)
    expect(status).toBe(201)
    expect(body.create.map(({ title }: { title: string }) => title)).toEqual(['Dr. Carla Neumann', 'Jonas Weber'])
    const { docs } = await ctx.payload.find({ collection: 'speakers', where: { familyName: { equals: 'Neumann' } } })
    expect(docs[0]).toMatchObject({ honorific: 'Dr.', name: 'Dr. Carla Neumann', position: 'Kämmerin', slug: 'carla-neumann' })
    expect(idOf(docs[0].organisation as never)).toBeDefined()

    const again = await upload('/api/speakers/import', speakersCsv, ctx.tokens.editor)
    expect(again.status).toBe(400)
    expect(again.body.errors.map(({ field, line }: { field: string; line: number }) => [line, field])).toEqual([
      [2, 'Nachname'],
      [3, 'Nachname'],
    ])
    expect(await count('speakers')).toBe(3)
  })
})

describe('POST /api/sessions/import', () => {
  const header = 'Veranstaltung;Titel;Beginn;Ende;Raum;Art;Referierende\n'

  it('creates draft sessions from a German file, finding people by name or slug', async () => {
    const csv =
      header +
      'koelner-symposium;Eröffnung;2025-05-12 09:30;2025-05-12 10:00;Saal 1;Begrüßung;Anna Beispiel\n' +
      'koelner-symposium;Podium Finanzen;12.05.2025 10:00;12.05.2025 11:30;Saal 1;Podiumsdiskussion;carla-neumann|Jonas Weber\n'
    const { body, status } = await postCsv('/api/sessions/import', csv, ctx.tokens.editor)
    expect(status).toBe(201)
    expect(body.create).toHaveLength(2)
    const { docs } = await ctx.payload.find({ collection: 'sessions', depth: 1, draft: true, sort: 'start' })
    expect(docs.map(({ _status, kind, start, title }) => ({ _status, kind, start, title }))).toEqual([
      { _status: 'draft', kind: 'welcome', start: '2025-05-12T07:30:00.000Z', title: 'Eröffnung' },
      { _status: 'draft', kind: 'panel', start: '2025-05-12T08:00:00.000Z', title: 'Podium Finanzen' },
    ])
    expect(idOf(docs[0].event)).toBe(event.id)
    expect(docs[1].speakers?.map(({ role, speaker }) => [role, (speaker as { name: string }).name])).toEqual([
      ['speaker', 'Dr. Carla Neumann'],
      ['speaker', 'Jonas Weber'],
    ])
  })

  it('names an unknown event, an unknown person and a time outside the event, writing nothing', async () => {
    const before = await count('sessions')
    const csv =
      header +
      'kein-symposium;A;2025-05-12 09:30;2025-05-12 10:00;;;\n' +
      'koelner-symposium;B;2025-05-14 09:30;2025-05-14 10:00;;;Niemand Bekannt\n'
    const { body, status } = await upload('/api/sessions/import?dryRun=1', csv, ctx.tokens.editor)
    expect(status).toBe(400)
    expect(body.errors.map(({ field, line }: { field: string; line: number }) => [line, field])).toEqual([
      [2, 'Veranstaltung'],
      [3, 'Beginn'],
      [3, 'Ende'],
      [3, 'Referierende'],
    ])
    expect(body.errors[0].message).toBe('„kein-symposium“ wurde nicht gefunden.')
    expect(await count('sessions')).toBe(before)
  })

  it('removes what it created when Payload refuses a later row, so nothing is half-imported', async () => {
    await createSession(ctx.payload, event.id, { slug: 'schluss', title: 'Schluss' })
    const before = await count('sessions')
    const csv =
      'event,title,start,end,slug\n' +
      'koelner-symposium,Mittag,2025-05-12 12:00,2025-05-12 13:00,mittag\n' +
      'koelner-symposium,Abschluss,2025-05-13 16:00,2025-05-13 17:00,schluss\n'
    const { body, status } = await upload('/api/sessions/import', csv, ctx.tokens.editor)
    expect(status).toBe(400)
    expect(body.errors).toEqual([expect.objectContaining({ field: 'slug', line: 3 })])
    expect(await count('sessions')).toBe(before)
  })

  it('answers a missing file with 400 and one over 2 MB with 413', async () => {
    const { body, status } = await postCsv('/api/sessions/import', '', ctx.tokens.editor)
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/file/)
    const huge = `${header}${'x;'.repeat(1024 * 1024)}\n`
    expect((await postCsv('/api/sessions/import', huge, ctx.tokens.editor)).status).toBe(413)
  })

  it('refuses a chunked upload without Content-Length as soon as it passes 2 MB, without reading the rest', async () => {
    const chunk = new TextEncoder().encode(`${'koelner-symposium;Titel;2025-05-12 09:30;2025-05-12 10:00;;;\n'.repeat(1000)}`)
    const total = 200 * 1024 * 1024
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        if (sent >= total) return controller.close()
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const { body: answer, status } = await postCsv('/api/sessions/import?dryRun=1', body, ctx.tokens.editor)
    expect(status).toBe(413)
    expect(answer.errors[0].message).toMatch(/2 MB/)
    // what the server consumed: the 2 MB and the chunks the stream had buffered ahead, not 200 MB
    expect(sent).toBeLessThan(3 * 1024 * 1024)
  })

  it(`refuses a file of more than ${maxRows} rows with 413, writing nothing`, async () => {
    const before = await count('sessions')
    const row = 'koelner-symposium;Vortrag;2025-05-12 09:30;2025-05-12 10:00;;;\n'
    const { body, status } = await postCsv('/api/sessions/import', header + row.repeat(maxRows + 1), ctx.tokens.editor)
    expect(status).toBe(413)
    expect(body.errors[0].message).toBe(`Die Datei hat mehr als ${maxRows} Datenzeilen; bitte in kleinere Dateien aufteilen.`)
    expect(await count('sessions')).toBe(before)
  })

  it('answers other visitors while it checks the largest file allowed', async () => {
    const rows = Array.from({ length: maxRows }, (_, index) => {
      const minute = String(index % 60).padStart(2, '0')
      return `koelner-symposium;Vortrag ${index};2025-05-12 10:${minute};2025-05-12 11:${minute};Saal ${index % 7};Vortrag;Anna Beispiel\n`
    })
    const visitorGet = REST_GET(ctx.config)
    let importDone = false
    const dryRun = postCsv('/api/sessions/import?dryRun=1', header + rows.join(''), ctx.tokens.editor).finally(() => {
      importDone = true
    })
    // one visitor after another, as long as the import runs (bounded: a few hundred at most)
    let answeredDuringImport = 0
    for (let visit = 0; visit < 500 && !importDone; visit++) {
      const url = new URL('http://localhost:3000/api/events?limit=1')
      const response = await visitorGet(new Request(url), { params: Promise.resolve({ slug: ['events'] }) })
      expect(response.status).toBe(200)
      if (!importDone) answeredDuringImport += 1
    }
    const { body, status } = await dryRun
    expect(status).toBe(200)
    expect(body.create).toHaveLength(maxRows)
    expect(answeredDuringImport).toBeGreaterThanOrEqual(10)
  })
})
