import { describe, expect, it, jest } from '@jest/globals'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { RevalidateArgs } from '../../src'
import { applyPlugin, collectionOf } from '../helpers/pluginConfig'

const request = (context: Record<string, unknown> = {}) => ({ context }) as unknown as PayloadRequest

type HookArgs<T extends (...args: never[]) => unknown> = Parameters<T>[0]

/** The revalidation hooks the plugin put on a collection, called as Payload would. */
const hooksOf = (slug: string, revalidate: (args: RevalidateArgs) => Promise<void>, slugs = {}) => {
  const { hooks } = collectionOf(applyPlugin({ revalidate, slugs }), slug)
  const afterChange = hooks?.afterChange?.[0] as CollectionAfterChangeHook
  const afterDelete = hooks?.afterDelete?.[0] as CollectionAfterDeleteHook
  return {
    change: (doc: object, previousDoc: object, context?: Record<string, unknown>) =>
      afterChange({ doc, previousDoc, req: request(context) } as HookArgs<CollectionAfterChangeHook>),
    remove: (doc: object, context?: Record<string, unknown>) =>
      afterDelete({ doc, req: request(context) } as HookArgs<CollectionAfterDeleteHook>),
  }
}

describe('revalidation', () => {
  it('hands a changed document to the site, with the plugin’s name for its collection', async () => {
    const revalidate = jest.fn(async (_args: RevalidateArgs) => undefined)
    const { change } = hooksOf('veranstaltungen', revalidate, { events: 'veranstaltungen' })
    const doc = { id: 1, slug: 'neu' }
    expect(await change(doc, { id: 1, slug: 'alt' })).toBe(doc)
    expect(revalidate).toHaveBeenCalledTimes(1)
    expect(revalidate.mock.calls[0][0]).toMatchObject({
      collection: 'events',
      doc,
      operation: 'change',
      previousDoc: { slug: 'alt' },
    })
  })

  it('hands a deleted document to the site', async () => {
    const revalidate = jest.fn(async (_args: RevalidateArgs) => undefined)
    const doc = { id: 7 }
    expect(await hooksOf('speakers', revalidate).remove(doc)).toBe(doc)
    expect(revalidate.mock.calls[0][0]).toMatchObject({ collection: 'speakers', doc, operation: 'delete' })
  })

  it('stays quiet when the request asks for no revalidation (seeds, tests)', async () => {
    const revalidate = jest.fn(async (_args: RevalidateArgs) => undefined)
    const { change, remove } = hooksOf('sessions', revalidate)
    await change({ id: 1 }, { id: 1 }, { disableRevalidate: true })
    await remove({ id: 1 }, { disableRevalidate: true })
    expect(revalidate).not.toHaveBeenCalled()
  })
})
