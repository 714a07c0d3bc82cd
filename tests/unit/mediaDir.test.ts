import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { Config } from 'payload'

import { mediaDir } from '../../frontend/config/mediaDir'

const config = {
  collections: [
    { slug: 'media', fields: [], upload: { mimeTypes: ['image/*'] } },
    { slug: 'events', fields: [] },
  ],
} as unknown as Config

describe('MEDIA_DIR', () => {
  it('keeps the uploads of every instance in the folder it names, counted from the working directory', () => {
    const [media, events] = (mediaDir('shared/media')(config) as Config).collections ?? []
    expect(media.upload).toEqual({ mimeTypes: ['image/*'], staticDir: path.resolve('shared/media') })
    expect(events).toBe(config.collections?.[1])
  })

  it('leaves Payload’s default folder when unset', () => {
    expect(mediaDir(undefined)(config)).toBe(config)
  })
})
