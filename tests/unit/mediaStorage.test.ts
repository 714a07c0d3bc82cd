/**
 * The storage plugin is in the config with and without S3 settings, so the database schema (one
 * set of migrations) and the admin's import map are the same either way.
 */
import { describe, expect, it } from '@jest/globals'
import type { CollectionConfig, Config } from 'payload'

import { mediaStorage } from '../../frontend/config/mediaStorage'

const config = {
  admin: { components: { providers: ['@difu/programm/client#DrawerGuard'] } },
  collections: [
    { slug: 'media', fields: [{ name: 'alt', type: 'text' }], upload: { imageSizes: [{ name: 'thumbnail', width: 300 }] } },
    { slug: 'events', fields: [] },
  ],
} as unknown as Config

const settings = { accessKeyId: 'a', bucket: 'media', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true, region: 'us-east-1', secretAccessKey: 'b' }

const apply = async (withS3: boolean): Promise<Config> => mediaStorage(withS3 ? settings : undefined)(config)

const media = (result: Config): CollectionConfig => (result.collections ?? []).find(({ slug }) => slug === 'media') as CollectionConfig

const fieldNames = (collection: CollectionConfig): string[] => collection.fields.map((field) => ('name' in field ? field.name : ''))

describe('media storage', () => {
  it('gives media the same fields and the admin the same components with S3 and without', async () => {
    const [local, s3] = [await apply(false), await apply(true)]
    expect(fieldNames(media(s3))).toEqual(fieldNames(media(local)))
    expect(fieldNames(media(local))).toEqual(expect.arrayContaining(['alt', 'prefix', '_objectKey']))
    expect(s3.admin?.dependencies).toEqual(local.admin?.dependencies)
    expect(s3.admin?.components?.providers?.length).toBe(local.admin?.components?.providers?.length)
  })

  it('keeps the files off the local disk only with S3', async () => {
    expect(media(await apply(true)).upload).toMatchObject({ disableLocalStorage: true })
    expect(media(await apply(false)).upload).not.toMatchObject({ disableLocalStorage: true })
  })

  it('leaves the incoming config as it was', async () => {
    const before = JSON.stringify(config)
    await apply(true)
    await apply(false)
    expect(JSON.stringify(config)).toBe(before)
  })
})
