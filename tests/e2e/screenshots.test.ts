/**
 * Screenshots of each page type at phone and desktop width into tests/e2e/screenshots/ (for a
 * person to review); on the way, every image must load, nothing may stick out sideways, and axe-core
 * runs at phone width too, where the layout differs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser } from 'playwright-core'

import {
  accessibilityViolations,
  launchBrowser,
  loadAllImages,
  newVisitor,
  screenshot,
  visit,
  type Viewport,
} from './helpers/browser'
import { demo, get } from './helpers/site'

let browser: Browser
let speaker: string

beforeAll(async () => {
  browser = await launchBrowser()
  const event = await get(demo.de.event)
  speaker = event.text.match(/href="(\/referierende\/[^"#?]+)"/)?.[1] ?? '/referierende/no-speaker-link-on-the-event-page'
})

afterAll(async () => {
  await browser?.close()
})

const pageTypes = () =>
  [
    ['home', demo.de.home, 200],
    ['event', demo.de.event, 200],
    ['speaker', speaker, 200],
    ['venue', demo.de.venue, 200],
    ['404', demo.de.unknown[0], 404],
    ['event-en', demo.en.event, 200],
    // the site's pages: a text page, the statement with the feedback form, the contact form in English
    ['imprint', '/impressum', 200],
    ['accessibility', '/barrierefreiheit', 200],
    ['contact-en', '/en/contact', 200],
    ['easy-language-en', '/en/easy-language', 200],
  ] as const

describe.each(['phone', 'desktop'] as Viewport[])('at %s width', (viewport) => {
  test('each page type renders, is screenshot and passes axe-core', async () => {
    const context = await newVisitor(browser, viewport)
    const page = await context.newPage()
    const problems: string[] = []
    try {
      for (const [name, path, status] of pageTypes()) {
        const answered = await visit(page, path)
        if (answered !== status) problems.push(`${path} answered ${answered}, expected ${status}`)
        const broken = await loadAllImages(page)
        if (broken.length) problems.push(`${path} shows images that do not load: ${broken.join(', ')}`)
        await screenshot(page, `${name}-${viewport}`)
        // nothing may stick out sideways on a phone (WCAG 1.4.10 reflow)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        if (overflow > 0) problems.push(`${path} is ${overflow}px wider than the ${viewport} screen`)
        if (viewport === 'phone') problems.push(...(await accessibilityViolations(page)))
      }
    } finally {
      await context.close()
    }
    expect(problems).toEqual([])
  })
})
