/**
 * Payload's admin panel as an editor works it: signing in, typing into its date pickers and
 * choosing from its selects, saving and publishing a document.
 */
import type { Browser, FrameLocator, Page, Response } from 'playwright-core'

import { baseUrl } from './site'

/** Opens a form and waits until React has its first field: what is typed earlier never reaches the form. */
const openForm = async (page: Page, path: string, firstField: string): Promise<void> => {
  await page.goto(path)
  await hydrated(page, firstField)
}

/** A signed-in editor's page in the German admin (the default language for a new browser). */
export const signIn = async (browser: Browser, email: string, password: string): Promise<Page> => {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'de-DE', viewport: { height: 900, width: 1366 } })
  const page = await context.newPage()
  await openForm(page, '/admin/login', 'input[name="email"]')
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
  return page
}

/** Types a date and time (`dd.MM.yyyy HH:mm`, as the admin shows them) into a date field. */
export const fillDate = async (page: Page, field: string, value: string): Promise<void> => {
  const input = page.locator(`#field-${field} .react-datepicker__input-container input`)
  await input.click()
  await input.fill(value)
  await input.press('Enter')
  await page.keyboard.press('Escape')
}

/** Picks the option whose text contains `text` in a select or relationship field. */
export const choose = async (page: Page, field: string, text: string): Promise<void> => {
  await page.locator(`#field-${field}`).click()
  await page.keyboard.type(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

/** The numeric id of the document the edit view shows, once it has been saved. */
export const savedId = async (page: Page, collection: string): Promise<string> => {
  await page.waitForURL(new RegExp(`/admin/collections/${collection}/\\d+`))
  return page.url().match(/\/(\d+)(?:[/?#]|$)/)?.[1] ?? ''
}

/** A write of the admin panel to Payload's API: its own autosaves, or what a button sent. */
const isWrite = (response: Response, autosave: boolean): boolean =>
  response.request().method() !== 'GET' &&
  response.url().includes('/api/') &&
  new URL(response.url()).searchParams.get('autosave') === (autosave ? 'true' : null)

/**
 * Clicks one of the document's buttons by its German label and waits for Payload's answer to it
 * (an autosave of events and sessions may be answered meanwhile).
 */
export const press = async (page: Page, label: RegExp): Promise<void> => {
  const answer = page.waitForResponse((response) => isWrite(response, false))
  await page.getByRole('button', { name: label }).first().click()
  await answer
}

/**
 * Waits for the admin panel's next autosave of a saved event or session (a pause in typing saves
 * the draft): call before typing, await after. The draft button is disabled once it has saved.
 */
export const autosaved = (page: Page): Promise<Response> => page.waitForResponse((response) => isWrite(response, true) && response.ok())

/** What the editor is told after a refused save: Payload's toast and the errors beside the fields. */
export const refusal = async (page: Page): Promise<string> => {
  await page.locator('.payload-toast-container li, [data-sonner-toast]').first().waitFor({ timeout: 10_000 })
  await page.locator('.field-error').first().waitFor({ state: 'attached', timeout: 10_000 })
  const toasts = await page.locator('.payload-toast-container li, [data-sonner-toast]').allInnerTexts()
  // a field's error is a tooltip that shows on hover, so its text is read, not its visible text
  const fieldErrors = await page.locator('.field-error').evaluateAll((tips) => tips.map((tip) => tip.textContent ?? ''))
  return [...toasts, ...fieldErrors].join('\n')
}

/**
 * Waits until React has taken over the element (it marks the elements it hydrated): typing or a
 * click before that is lost, or submits the bare HTML form to the API instead of the admin's.
 */
export const hydrated = async (page: Page, selector: string): Promise<void> => {
  await page.waitForFunction((wanted) => {
    const element = document.querySelector(wanted)
    return element !== null && Object.keys(element).some((key) => key.startsWith('__reactProps'))
  }, selector)
}

/** The browser tests' editor (made by the global setup), signed in to the German admin. */
export const signInEditor = (browser: Browser): Promise<Page> => {
  const email = process.env.E2E_EDITOR_EMAIL
  const password = process.env.E2E_EDITOR_PASSWORD
  if (!email || !password) throw new Error('The editor account is missing: run the browser tests with `npm run test:e2e`.')
  return signIn(browser, email, password)
}

/** Whether the live preview beside the form is open. */
const livePreviewShown = (page: Page): Promise<boolean> => page.locator('.live-preview-window').isVisible()

/**
 * Opens the live preview beside the form and returns its frame. Payload remembers for each editor
 * whether they left it open (their `collection-<slug>` preference) and opens it by itself then; the
 * eye button toggles, so it is clicked only when the preview is closed.
 */
export const openLivePreview = async (page: Page): Promise<FrameLocator> => {
  await hydrated(page, '#live-preview-toggler')
  if (!(await livePreviewShown(page))) await page.locator('#live-preview-toggler').click()
  await page.locator('.live-preview-window').waitFor()
  return page.frameLocator('#live-preview-iframe')
}

/**
 * Closes the live preview and waits until Payload has stored that, so the next edit view the
 * editor opens (in this or a later test) starts without it.
 */
export const closeLivePreview = async (page: Page): Promise<void> => {
  if (!(await livePreviewShown(page))) return
  const stored = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().includes('/api/payload-preferences/collection-'),
  )
  await page.locator('#live-preview-toggler').click()
  await stored
}

export type SessionForm = { title: string; event: string; kind: string; start: string; end: string; room: string }

/** Opens a new session and fills it in (title, event, kind, times, room); saving is up to the test. */
export const fillNewSession = async (page: Page, { title, event, kind, start, end, room }: SessionForm): Promise<void> => {
  await openForm(page, '/admin/collections/sessions/create', 'input[name="title"]')
  await page.fill('input[name="title"]', title)
  await choose(page, 'event', event)
  await choose(page, 'kind', kind)
  await fillDate(page, 'start', start)
  await fillDate(page, 'end', end)
  await page.fill('input[name="room"]', room)
}

export type VenueForm = { name: string; city: string; latitude: string; longitude: string }

/** Saves a new venue, the coordinates typed as the editor types them, and returns its id. */
export const saveNewVenue = async (page: Page, { name, city, latitude, longitude }: VenueForm): Promise<string> => {
  await openForm(page, '/admin/collections/venues/create', 'input[name="name"]')
  await page.fill('input[name="name"]', name)
  await page.fill('input[name="address.city"]', city)
  await page.fill('input[name="latitude"]', latitude)
  await page.fill('input[name="longitude"]', longitude)
  await press(page, /^Speichern$/)
  return savedId(page, 'venues')
}

export type EventForm = { title: string; start: string; end: string; venue: string }

/** Saves a new event as a draft and returns its id and the slug Payload gave it. */
export const saveNewEvent = async (page: Page, { title, start, end, venue }: EventForm): Promise<{ id: string; slug: string }> => {
  await openForm(page, '/admin/collections/events/create', 'input[name="title"]')
  await page.fill('input[name="title"]', title)
  await page.getByRole('button', { name: 'Termin und Ort' }).click()
  await fillDate(page, 'start', start)
  await fillDate(page, 'end', end)
  await choose(page, 'venue', venue)
  await press(page, /^Entwurf speichern$/)
  const id = await savedId(page, 'events')
  return { id, slug: await page.inputValue('input[name="slug"]') }
}
