/**
 * The editor of a describe block that plans in the admin: a browser signed in before its tests,
 * and afterwards what they planned deleted (so the demo stays as it was for the other browser
 * tests) and the browser closed.
 */
import { afterAll, beforeAll } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { signInEditor } from './admin'
import { launchBrowser } from './browser'
import { removePlanned } from './cleanup'

/** What the tests created, read once they are done: ids a failed step left empty are passed over. */
export type Planned = { events: string[]; others?: [collection: string, id: string][] }

/** Filled in before the first test runs. */
export type PlanningEditor = { browser: Browser; page: Page }

export const planningEditor = (planned: () => Planned): PlanningEditor => {
  const editor = {} as PlanningEditor
  beforeAll(async () => {
    editor.browser = await launchBrowser()
    editor.page = await signInEditor(editor.browser)
  })
  afterAll(async () => {
    const { events, others } = planned()
    await removePlanned(events, others)
    await editor.browser?.close()
  })
  return editor
}
