/**
 * Debian's Chromium driven by playwright-core, and axe-core's WCAG 2.1 AA checks.
 */
import { AxeBuilder } from '@axe-core/playwright'
import axe from 'axe-core'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

import { baseUrl } from './site'

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 900 },
} as const

export type Viewport = keyof typeof viewports

export const screenshotDir = path.resolve('tests/e2e/screenshots')

export const launchBrowser = async (): Promise<Browser> => {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH.`)
  }
  return chromium.launch({
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    executablePath: chromiumPath,
    headless: true,
  })
}

/** A fresh visitor (no cookies) with the given screen. */
export const newVisitor = (browser: Browser, viewport: Viewport = 'desktop'): Promise<BrowserContext> =>
  browser.newContext({
    baseURL: baseUrl(),
    deviceScaleFactor: 1,
    hasTouch: viewport === 'phone',
    isMobile: viewport === 'phone',
    viewport: viewports[viewport],
  })

/** Opens a page and returns the HTTP status of the document. */
export const visit = async (page: Page, path: string): Promise<number> => {
  const response = await page.goto(path, { waitUntil: 'load' })
  if (!response) throw new Error(`No response for ${path}`)
  return response.status()
}

/** The HTTP status of the document the page shows now (also after following a link). */
export const documentStatus = (page: Page): Promise<number> =>
  page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStatus)

/** The visible text of the page's h1 elements, whitespace collapsed. */
export const headings1 = async (page: Page): Promise<string[]> =>
  (await page.locator('h1').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())

/** The path of the page the browser shows now. */
export const currentPath = (page: Page): string => new URL(page.url()).pathname

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Every rule axe-core tags WCAG 2.0/2.1 A or AA, the experimental ones included: selecting by tag
 * alone would skip those, and so miss failures a reviewer running all of them finds.
 */
export const wcagRules = axe.getRules(wcagTags).map(({ ruleId }) => ruleId)

/**
 * axe-core's WCAG 2.0/2.1 A and AA violations on the page, one readable line per rule and
 * element, so a failing test names the rule, the element and what is wrong.
 */
export const accessibilityViolations = async (page: Page): Promise<string[]> => {
  const { violations } = await new AxeBuilder({ page }).withRules(wcagRules).analyze()
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${currentPath(page)}: ${violation.id} (${violation.impact}) ${violation.help} — ${node.target.join(' ')}: ${node.html.slice(0, 160)}${
          node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''
        }`,
    ),
  )
}

/**
 * Scrolls through the page so lazy images load, waits for every image, and returns the addresses
 * of images that failed to load (a broken picture a visitor would see).
 */
export const loadAllImages = async (page: Page): Promise<string[]> => {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 30))
    }
    window.scrollTo(0, 0)
  })
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete), undefined, { timeout: 15_000 })
  return page.evaluate(() =>
    Array.from(document.images)
      .filter((image) => image.naturalWidth === 0)
      .map((image) => image.currentSrc || image.src),
  )
}

/** A full-page screenshot into tests/e2e/screenshots/ (gitignored), for review by a person. */
export const screenshot = async (page: Page, name: string): Promise<string> => {
  fs.mkdirSync(screenshotDir, { recursive: true })
  const file = path.join(screenshotDir, `${name}.png`)
  await page.screenshot({ fullPage: true, path: file })
  return file
}
