import { describe, expect, it } from '@jest/globals'
import type { AfterErrorHook } from 'payload'

import { keepFieldErrors } from '../../src/lib/keepFieldErrors'
import { applyPlugin, siteConfig } from '../helpers/pluginConfig'

type HookArgs = Parameters<AfterErrorHook>[0]

/** A refused save as Payload throws it: a message naming the field, the reasons in `data`. */
const refusedSave = () =>
  Object.assign(new Error('Das folgende Feld ist nicht korrekt: Raum'), {
    data: { errors: [{ message: 'Der Raum „Saal 1“ ist zur selben Zeit durch „Begrüßung“ belegt.', path: 'room' }] },
    status: 400,
  })

const run = (error: Error, result: HookArgs['result']) =>
  keepFieldErrors({ context: {}, error, req: {} as HookArgs['req'], result } as HookArgs)

describe('keepFieldErrors', () => {
  it('puts the reasons beside the fields back into an answer that lost them', () => {
    const error = refusedSave()
    const answer = run(error, { errors: [{ message: error.message }] })
    expect(answer).toEqual({
      response: { errors: [{ data: error.data, message: error.message, name: 'ValidationError' }] },
    })
  })

  it('leaves an answer that already carries them as it is', () => {
    const error = refusedSave()
    expect(run(error, { errors: [{ data: error.data, message: error.message, name: 'ValidationError' }] })).toBeUndefined()
  })

  it('leaves other errors alone', () => {
    expect(run(new Error('Nicht gefunden'), { errors: [{ message: 'Nicht gefunden' }] })).toBeUndefined()
  })

  it('is added to each of the plugin’s collections, and leaves the site’s own hooks alone', () => {
    const own: AfterErrorHook = () => undefined
    const config = applyPlugin({}, siteConfig({ hooks: { afterError: [own] } }))
    expect(config.hooks?.afterError).toEqual([own])
    const events = config.collections?.find((collection) => collection.slug === 'events')
    expect(events?.hooks?.afterError).toEqual([keepFieldErrors])
  })
})
