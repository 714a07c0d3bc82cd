/**
 * The public site as a visitor reads it, in German and English: the start page lists the demo
 * symposium, its event page shows the programme in time order, links lead to the speakers and
 * the venue, unknown addresses answer 404 with the 404 page, every page is in the server's answer
 * (readable without JavaScript, and served from the cache without any; no route Next caches has a
 * client component that would need it), the language switch leads to the same page in the other
 * language, and every page type passes every axe-core rule tagged WCAG 2.0/2.1 A or AA
 * (experimental ones included).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'

import {
  accessibilityViolations,
  currentPath,
  documentStatus,
  headings1,
  launchBrowser,
  newVisitor,
  visit,
} from './helpers/browser'
import { builtPages } from './helpers/build'
import { baseUrl, counterpart, demo, get, locales, other, type Locale } from './helpers/site'

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newVisitor(browser)
  page = await context.newPage()
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

const htmlLang = (): Promise<string | null> => page.locator('html').getAttribute('lang')

const decode = (text: string): string =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()

/** The language and the h1 headings of an HTML answer as the server sent it. */
const serverHtml = (html: string): { lang: string | undefined; h1: string[] } => ({
  h1: [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => decode(match[1])),
  lang: html.match(/<html\b[^>]*\blang="([^"]*)"/)?.[1],
})

/** The links of the page (in <main> when there is one) whose address starts with `prefix`. */
const linksTo = async (prefix: string): Promise<{ href: string; text: string }[]> => {
  const scope = (await page.locator('main').count()) > 0 ? page.locator('main') : page.locator('body')
  const links = await scope.locator(`a[href^="${prefix}"]`).evaluateAll((anchors) =>
    anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', text: (anchor as HTMLElement).innerText })),
  )
  return links.map(({ href, text }) => ({ href, text: text.replace(/\s+/g, ' ').trim() }))
}

/** The first speaker linked from the event page, as the page shows it. */
const firstSpeaker = async (locale: Locale): Promise<{ href: string; text: string }> => {
  expect(await visit(page, demo[locale].event)).toBe(200)
  const speakers = await linksTo(demo[locale].speakerPrefix)
  expect(speakers.length).toBeGreaterThan(0)
  return speakers[0]
}

describe.each(locales)('public pages (%s)', (locale) => {
  const site = demo[locale]

  test('the start page lists the demo symposium with its lead organiser and links to it', async () => {
    expect(await visit(page, site.home)).toBe(200)
    expect(await htmlLang()).toBe(locale)
    expect(await headings1(page)).toHaveLength(1)
    const listed = page.getByRole('link', { name: site.homeListing })
    expect(await listed.count()).toBeGreaterThan(0)
    expect(await listed.first().getAttribute('href')).toBe(site.event)
    await listed.first().click()
    await page.waitForURL((url) => url.pathname === site.event)
    expect(await headings1(page)).toEqual([site.eventTitle])
  })

  test('the event page shows the title and the programme in time order', async () => {
    expect(await visit(page, site.event)).toBe(200)
    expect(await htmlLang()).toBe(locale)
    expect(await headings1(page)).toEqual([site.eventTitle])

    const programme = page.getByRole('region', { name: site.programmeHeading, exact: true })
    expect(await programme.count()).toBe(1)
    // one start time per programme item, as the visitor reads them top to bottom
    const starts = await programme.locator('time[datetime]').evaluateAll((times) =>
      times.map((time) => time.getAttribute('datetime') ?? ''),
    )
    expect(starts.length).toBeGreaterThanOrEqual(site.sessionCount)
    const instants = starts.map((value) => new Date(value).getTime())
    expect(instants.every((instant) => Number.isFinite(instant))).toBe(true)
    expect(instants).toEqual([...instants].sort((a, b) => a - b))

    const text = (await programme.innerText()).replace(/\s+/g, ' ')
    const positions = site.sessionsInOrder.map((title) => text.indexOf(title))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  test('a speaker link on the event page reaches the speaker page', async () => {
    const speaker = await firstSpeaker(locale)
    await page.locator('main').locator(`a[href="${speaker.href}"]`).first().click()
    await page.waitForURL((url) => url.pathname === speaker.href)
    expect(await documentStatus(page)).toBe(200)
    expect(await htmlLang()).toBe(locale)
    expect(await headings1(page)).toEqual([speaker.text])
    // the speaker's sessions lead back to the event
    expect((await linksTo(site.eventPrefix)).some(({ href }) => href.startsWith(site.event))).toBe(true)
  })

  test('the venue link on the event page reaches the venue page', async () => {
    expect(await visit(page, site.event)).toBe(200)
    const venue = page.locator('main').locator(`a[href="${site.venue}"]`)
    expect(await venue.count()).toBeGreaterThan(0)
    await venue.first().click()
    await page.waitForURL((url) => url.pathname === site.venue)
    expect(await documentStatus(page)).toBe(200)
    expect(await headings1(page)).toEqual([site.venueName])
    // the events held there
    expect((await linksTo(site.eventPrefix)).some(({ href }) => href === site.event)).toBe(true)
  })

  test('the topic page lists the symposium', async () => {
    expect(await visit(page, site.topic)).toBe(200)
    expect(await htmlLang()).toBe(locale)
    expect(await headings1(page)).toEqual([site.topicTitle])
    expect((await linksTo(site.eventPrefix)).some(({ href }) => href === site.event)).toBe(true)
  })

  test.each(site.unknown)('%s answers 404 with the 404 page', async (path) => {
    expect((await get(path)).status).toBe(404)
    expect(await visit(page, path)).toBe(404)
    await page.locator('h1').first().waitFor({ timeout: 5_000 })
    expect(await htmlLang()).toBe(locale)
    expect(await headings1(page)).toEqual([site.notFoundTitle])
    // the way back: a link to the start page in the same language
    expect(await page.locator(`main a[href="${site.home}"]`).count()).toBeGreaterThan(0)
  })

  test('every page is readable without JavaScript', async () => {
    const speaker = await firstSpeaker(locale)
    const expected: [string, string][] = [
      [site.event, site.eventTitle],
      [speaker.href, speaker.text],
      [site.venue, site.venueName],
      [site.topic, site.topicTitle],
      ...site.unknown.map((path): [string, string] => [path, site.notFoundTitle]),
    ]
    // the server's answer itself carries the page and its language, not client-side rendering
    const answers: [string, { h1: string[]; lang: string | undefined }][] = []
    for (const [path] of expected) answers.push([path, serverHtml((await get(path)).text)])
    expect(answers).toEqual(expected.map(([path, h1]) => [path, { h1: [h1], lang: locale }]))

    const noScript = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: false })
    try {
      const plain = await noScript.newPage()
      const seen: [string, string[]][] = []
      for (const [path] of expected) {
        await plain.goto(path)
        seen.push([path, await headings1(plain)])
      }
      expect(seen).toEqual(expected.map(([path, h1]) => [path, [h1]]))
      await plain.goto(site.home)
      expect(await plain.getByRole('link', { name: site.homeListing }).count()).toBeGreaterThan(0)
    } finally {
      await noScript.close()
    }
  })

  test('pages served from the cache load no JavaScript', async () => {
    const speaker = (await firstSpeaker(locale)).href
    const pages = [site.home, site.event, speaker, site.venue, site.topic]
    const loaded: [string, string[]][] = []
    for (const path of pages) {
      // the request that renders a page afresh (the first after a start or a change) still carries
      // Next's runtime; every visitor after it is served the cached copy
      expect((await get(path)).headers.get('x-nextjs-cache')).toMatch(/HIT|MISS|STALE/)
      const scripts: string[] = []
      const onRequest = (request: Request) => {
        if (request.resourceType() === 'script') scripts.push(request.url())
      }
      page.on('request', onRequest)
      expect(await visit(page, path)).toBe(200)
      page.off('request', onRequest)
      const inline = await page.locator('script:not([type="application/ld+json"])').count()
      loaded.push([path, inline ? [...scripts, `${inline} inline script(s)`] : scripts])
    }
    expect(loaded).toEqual(pages.map((path) => [path, []]))
    // the structured data for search engines stays
    await visit(page, site.event)
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1)
  })

  test('pages ask for no client hints, which would make Chromium load them twice', async () => {
    for (const path of [site.home, site.event, site.venue]) {
      const { headers } = await get(path)
      expect([path, headers.get('critical-ch'), headers.get('accept-ch')]).toEqual([path, null, null])
    }
    // the admin panel still asks for the colour scheme, for its dark mode
    expect((await get('/admin/login')).headers.get('accept-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  test('the language switch leads to the same page in the other language', async () => {
    const speaker = (await firstSpeaker(locale)).href
    const target = other(locale)
    const pages = [site.home, site.event, speaker, site.venue, site.topic]
    for (const path of pages) {
      expect(await visit(page, path)).toBe(200)
      const switchLink = page.locator(`header a[hreflang="${target}"], nav a[hreflang="${target}"]`).first()
      expect(await switchLink.count()).toBe(1)
      await switchLink.click()
      const expected = counterpart(path, target)
      await page.waitForURL((url) => url.pathname === expected)
      expect(currentPath(page)).toBe(expected)
      expect(await documentStatus(page)).toBe(200)
      expect(await htmlLang()).toBe(target)
      if (path === site.event) expect(await headings1(page)).toEqual([demo[target].eventTitle])
      if (path === site.venue) expect(await headings1(page)).toEqual([demo[target].venueName])
    }
  })

  test('every page type passes every axe-core rule for WCAG 2.1 A and AA', async () => {
    const speaker = (await firstSpeaker(locale)).href
    const pages = [site.home, site.event, speaker, site.venue, site.topic, site.map, site.unknown[0], site.firstEdition]
    const violations: string[] = []
    for (const path of pages) {
      await visit(page, path)
      violations.push(...(await accessibilityViolations(page)))
    }
    expect(violations).toEqual([])
  })
})

describe('the routes Next caches', () => {
  // their cached copies go out without Next's runtime (frontend/cache/withoutClientRuntime.cjs), so
  // a client component there would show its first render and then do nothing, without an error
  test('ship no client component (the map, which has one, is rendered per request)', () => {
    const pages = builtPages()
    const cached = pages.filter((each) => each.cached).map(({ route }) => route)
    expect(cached).toEqual(
      expect.arrayContaining(['/', '/en', '/veranstaltungen/[slug]', '/en/events/[slug]', '/referierende/[slug]', '/en/speakers/[slug]', '/orte/[slug]', '/en/venues/[slug]', '/themen/[slug]', '/en/topics/[slug]']),
    )
    expect(pages.filter(({ clientComponents }) => clientComponents.length > 0)).toEqual(
      expect.arrayContaining([demo.de.map, demo.en.map].map((route) => ({ cached: false, clientComponents: ['frontend/components/map/SearchMap.tsx'], route }))),
    )
    expect(pages.filter((each) => each.cached && each.clientComponents.length > 0)).toEqual([])
  })
})
