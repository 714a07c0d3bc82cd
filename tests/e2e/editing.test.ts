/**
 * What an editor types in the admin is kept as typed (issue 16): saving in the English view
 * stores no German copies, a German date reads day first in Berlin time in every date field, and
 * Escape in the programme's "new session" drawer neither closes it from an open select nor throws
 * unsaved input away without asking.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'

import { autosaved, fillDate, hydrated, press, savedId, signInEditor } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { get, rest, signInAsEditor } from './helpers/site'

/** A rich-text value of one paragraph, as Payload's Lexical editor stores it. */
const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        version: 1,
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
      },
    ],
  },
})

describe('the admin keeps what the editor typed', () => {
  const suffix = randomBytes(3).toString('hex')
  const created: string[] = []
  let browser: Browser
  let page: Page
  let token: string

  /** A draft event in German only, on 14 September 2027 in Berlin. */
  const germanEvent = async (title: string) => {
    const { body, status } = await rest(
      'POST',
      '/api/events?locale=de&draft=true',
      {
        _status: 'draft',
        title,
        summary: `Kurzbeschreibung ${suffix}`,
        description: paragraph(`Beschreibung ${suffix}`),
        start: '2027-09-14T07:00:00.000Z',
        end: '2027-09-14T15:00:00.000Z',
        registration: { fee: 'Teilnahmegebühr: kostenfrei' },
        seo: { title: `Seitentitel ${suffix}` },
      },
      token,
    )
    expect(status).toBe(201)
    created.push(String(body.doc.id))
    return body.doc as { id: number; slug: string }
  }

  beforeAll(async () => {
    token = await signInAsEditor()
    browser = await launchBrowser()
    page = await signInEditor(browser)
  })

  // leave the demo as it was, for the other browser tests
  afterAll(async () => {
    // Payload keeps the content language a user last chose; the other tests edit in German
    await page?.goto('/admin/collections/events?locale=de')
    for (const id of created) {
      await rest('DELETE', `/api/sessions?where[event][equals]=${id}`, undefined, token)
      await rest('DELETE', `/api/events/${id}`, undefined, token)
    }
    await browser?.close()
  })

  test('publishing and saving in the English view store no German in the English fields', async () => {
    const event = await germanEvent(`Fachtagung ${suffix}`)
    await page.goto(`/admin/collections/events/${event.id}?locale=en`)
    // text typed before React has taken over the field is not in the form: publish stays disabled
    await hydrated(page, 'input[name="title"]')
    await page.fill('input[name="title"]', `Conference ${suffix}`)
    await press(page, /^Änderungen veröffentlichen$/)
    // Payload refills the form from the answer; once it has, the button waits for the next change
    await page.locator('#action-save:disabled').waitFor()
    await expect(page.inputValue('textarea[name="summary"]')).resolves.toBe('')

    // a pause in typing saves the draft (autosave), in the locale the editor is in
    const saved = autosaved(page)
    await page.fill('input[name="series"]', `Series ${suffix}`)
    await saved

    const { body: english } = await rest('GET', `/api/events/${event.id}?locale=en&fallback-locale=none&draft=true&depth=0`, undefined, token)
    expect(english.title).toBe(`Conference ${suffix}`)
    expect(english.series).toBe(`Series ${suffix}`)
    expect(english.summary ?? null).toBeNull()
    expect(english.description ?? null).toBeNull()
    expect(english.registration?.fee ?? null).toBeNull()
    expect(english.seo?.title ?? null).toBeNull()

    // the public English page still shows the German text where no English one exists
    const publicPage = await get(`/en/events/${event.slug}`)
    expect(publicPage.status).toBe(200)
    expect(publicPage.text).toContain(`Conference ${suffix}`)
    expect(publicPage.text).toContain(`Beschreibung ${suffix}`)
  })

  test('the registration deadline reads a German date day first, in Berlin time, like start and end', async () => {
    await page.goto('/admin/collections/events/create')
    await page.fill('input[name="title"]', `Anmeldeschluss ${suffix}`)
    await page.getByRole('button', { name: 'Termin und Ort' }).click()
    await fillDate(page, 'start', '14.09.2027 09:00')
    await fillDate(page, 'end', '14.09.2027 17:00')
    await page.getByRole('button', { name: 'Anmeldung und Kontakt' }).click()
    await fillDate(page, 'registration__deadline', '01.09.2027 23:59')
    await press(page, /^Entwurf speichern$/)
    const id = await savedId(page, 'events')
    created.push(id)

    const { body } = await rest('GET', `/api/events/${id}?draft=true&depth=0`, undefined, token)
    // 23:59 summer time in Berlin is 21:59 UTC
    expect(body.registration.deadline).toBe('2027-09-01T21:59:00.000Z')
    expect(body.start).toBe('2027-09-14T07:00:00.000Z')

    await page.reload()
    await page.getByRole('button', { name: 'Anmeldung und Kontakt' }).click()
    const shown = page.locator('#field-registration__deadline .react-datepicker__input-container input')
    await expect(shown.inputValue()).resolves.toBe('01.09.2027 23:59')
  })

  test('Escape in the programme drawer closes only the open select, and closing with input asks first', async () => {
    const event = await germanEvent(`Programmtagung ${suffix}`)
    await page.goto(`/admin/collections/events/${event.id}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Programm' }).click()
    await page.getByRole('button', { name: 'Neuen Eintrag hinzufügen' }).click()
    const drawer = page.locator('.drawer--is-open')
    const title = drawer.locator('input[name="title"]')
    await title.fill(`Grußwort ${suffix}`)

    await drawer.locator('#field-kind').click()
    await drawer.locator('.rs__menu').waitFor()
    await page.keyboard.press('Escape')
    await drawer.locator('.rs__menu').waitFor({ state: 'detached' })
    await expect(drawer.isVisible()).resolves.toBe(true)
    await expect(title.inputValue()).resolves.toBe(`Grußwort ${suffix}`)

    // Escape outside any control, with unsaved input: Payload's question, and "stay" keeps it all
    await drawer.locator('h2').first().click()
    await page.keyboard.press('Escape')
    const question = page.getByRole('dialog').filter({ hasText: 'Ohne Speichern verlassen' })
    await question.waitFor()
    await question.getByRole('button', { name: 'Auf dieser Seite bleiben' }).click()
    await question.waitFor({ state: 'hidden' })
    await expect(title.inputValue()).resolves.toBe(`Grußwort ${suffix}`)

    // the same for a click beside the drawer
    await page.locator('.drawer--is-open > .drawer__close').first().click({ position: { x: 20, y: 400 } })
    await question.waitFor()
    await question.getByRole('button', { name: 'Trotzdem verlassen' }).click()
    await drawer.waitFor({ state: 'detached' })
  })
})
