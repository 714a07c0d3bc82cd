/**
 * Publishing as visitors see it: an editor's draft (made over REST) stays invisible, publishing it
 * makes its page appear on the next request, and a changed title of a published event shows on
 * the next request too (the site revalidates the pages that show the document).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { freePort, startServer } from '../../scripts/e2e/server.mjs'
import { headings1, launchBrowser, newVisitor, visit } from './helpers/browser'
import { demo, get, rest, signInAsEditor, type Json } from './helpers/site'

let browser: Browser
let context: BrowserContext
let page: Page
let token: string

beforeAll(async () => {
  token = await signInAsEditor()
  browser = await launchBrowser()
  context = await newVisitor(browser)
  page = await context.newPage()
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

/** What a visitor gets at `path`: the status and the h1. */
const look = async (path: string): Promise<{ status: number; h1: string[] }> => {
  const status = await visit(page, path)
  return { h1: await headings1(page), status }
}

const homeLists = async (path: string, title: string): Promise<boolean> => {
  const home = await get(path)
  expect(home.status).toBe(200)
  return home.text.includes(title.replace(/&/g, '&amp;'))
}

const findEvent = async (slug: string): Promise<Json> => {
  const { body, status } = await rest('GET', `/api/events?where[slug][equals]=${slug}&depth=0&locale=de`, undefined, token)
  expect(status).toBe(200)
  expect(body.docs).toHaveLength(1)
  return body.docs[0]
}

/** The titles the public REST API answers a visitor (no account) for the slug. */
const titlesForVisitors = async (slug: string): Promise<string[]> => {
  const { body, status } = await rest('GET', `/api/events?where[slug][equals]=${slug}&depth=0&locale=de`)
  expect(status).toBe(200)
  return body.docs.map((doc: Json) => doc.title)
}

describe('an editor drafts and publishes an event', () => {
  const suffix = randomBytes(3).toString('hex')
  const title = `E2E-Werkstatt Stadtfinanzen ${suffix}`
  const renamed = `E2E-Werkstatt Stadtfinanzen umbenannt ${suffix}`
  let id: number | string
  let slug: string

  afterAll(async () => {
    // leave the demo as it was, for the screenshots
    if (id !== undefined) await rest('DELETE', `/api/events/${id}`, undefined, token)
  })

  test('a draft is invisible to visitors', async () => {
    const created = await rest(
      'POST',
      '/api/events?draft=true&locale=de',
      {
        _status: 'draft',
        end: '2027-09-14T14:00:00.000Z',
        start: '2027-09-14T07:00:00.000Z',
        summary: 'Ein Entwurf aus den Browsertests.',
        title,
      },
      token,
    )
    expect(created.status).toBe(201)
    id = created.body.doc.id
    slug = created.body.doc.slug
    expect(created.body.doc._status).toBe('draft')
    expect(typeof slug).toBe('string')

    expect((await look(`/veranstaltungen/${slug}`)).status).toBe(404)
    expect((await look(`/en/events/${slug}`)).status).toBe(404)
    expect(await homeLists('/', title)).toBe(false)
    expect((await get('/sitemap.xml')).text).not.toContain(`/veranstaltungen/${slug}<`)
    // nor does the public API hand it out
    expect(await titlesForVisitors(slug)).toEqual([])
  })

  test('publishing it makes its page and its place on the start page appear on the next request', async () => {
    expect(id).toBeDefined()
    const published = await rest('PATCH', `/api/events/${id}?locale=de`, { _status: 'published' }, token)
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')

    expect(await look(`/veranstaltungen/${slug}`)).toEqual({ h1: [title], status: 200 })
    // no English title yet: the English page falls back to the German one
    expect(await look(`/en/events/${slug}`)).toEqual({ h1: [title], status: 200 })
    expect(await homeLists('/', title)).toBe(true)
    expect(await homeLists('/en', title)).toBe(true)
    const sitemap = await get('/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(sitemap.text).toContain(`/veranstaltungen/${slug}<`)
    expect(sitemap.text).toContain(`/en/events/${slug}`)
    // the API's answer to visitors, kept by the server while the event was a draft, is renewed
    expect(await titlesForVisitors(slug)).toEqual([title])
  })

  test('a new title of the published event shows on the next request', async () => {
    expect(id).toBeDefined()
    const changed = await rest('PATCH', `/api/events/${id}?locale=de`, { title: renamed }, token)
    expect(changed.status).toBe(200)
    expect(changed.body.doc._status).toBe('published')

    expect(await look(`/veranstaltungen/${slug}`)).toEqual({ h1: [renamed], status: 200 })
    expect(await homeLists('/', renamed)).toBe(true)
    expect(await homeLists('/', title)).toBe(false)
    expect(await titlesForVisitors(slug)).toEqual([renamed])
  })
})

describe('an editor renames a seeded event whose pages the build prerendered', () => {
  const suffix = randomBytes(3).toString('hex')
  let event: Json
  let originalTitle: string

  afterAll(async () => {
    if (event) await rest('PATCH', `/api/events/${event.id}?locale=de`, { title: originalTitle }, token)
  })

  test('the new title shows on the next request, in its language only', async () => {
    // the pages are requested once first, so any cached copy exists before the change
    const before = await look(demo.de.firstEdition)
    expect(before.status).toBe(200)
    const englishBefore = await look(demo.en.firstEdition)
    expect(englishBefore.status).toBe(200)

    event = await findEvent('1-koelner-symposium')
    originalTitle = event.title
    expect(before.h1).toEqual([originalTitle])
    const renamed = `${originalTitle} (geändert ${suffix})`
    const changed = await rest('PATCH', `/api/events/${event.id}?locale=de`, { title: renamed }, token)
    expect(changed.status).toBe(200)

    expect(await look(demo.de.firstEdition)).toEqual({ h1: [renamed], status: 200 })
    expect(await look(demo.en.firstEdition)).toEqual(englishBefore)
    expect(await homeLists('/', renamed)).toBe(true)
  })
})

describe('a change made while nobody visits the page', () => {
  const suffix = randomBytes(3).toString('hex')
  const path = '/veranstaltungen/difu-seminar-klimagerechte-infrastruktur-2027'
  let event: Json
  let originalTitle: string
  let restarted: Awaited<ReturnType<typeof startServer>> | undefined

  afterAll(async () => {
    await restarted?.stop()
    if (event) await rest('PATCH', `/api/events/${event.id}?locale=de`, { title: originalTitle }, token)
  })

  test('still shows after the server restarts', async () => {
    const databaseUrl = process.env.E2E_DATABASE_URL
    if (!databaseUrl) throw new Error('E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.')
    // a visitor reads the page, so the server keeps a rendered copy
    expect((await look(path)).status).toBe(200)
    event = await findEvent('difu-seminar-klimagerechte-infrastruktur-2027')
    originalTitle = event.title
    const renamed = `${originalTitle} (geändert ${suffix})`
    const changed = await rest('PATCH', `/api/events/${event.id}?locale=de`, { title: renamed }, token)
    expect(changed.status).toBe(200)

    // no visitor comes before the server restarts (a deploy, a crash): a second server on the
    // same build and database stands for the restarted one
    restarted = await startServer({ databaseUrl, log: () => undefined, port: await freePort() })
    const response = await fetch(restarted.url + path)
    const html = await response.text()
    expect(response.status).toBe(200)
    const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1].replace(/<[^>]+>/g, '').trim()
    expect(h1).toBe(renamed)
  })
})
