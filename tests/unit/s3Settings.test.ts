/**
 * The S3 settings the server reads at start: none set, the uploads stay in MEDIA_DIR; any set,
 * a missing or malformed one stops the start with one line naming it.
 */
import { describe, expect, it } from '@jest/globals'

import { s3Settings } from '../../frontend/config/s3Settings'

const complete = {
  S3_ACCESS_KEY_ID: 'programm',
  S3_BUCKET: 'difu-programm-media',
  S3_REGION: 'eu-central-1',
  S3_SECRET_ACCESS_KEY: 'geheim',
}

const account = { accessKeyId: 'programm', bucket: 'difu-programm-media', region: 'eu-central-1', secretAccessKey: 'geheim' }

describe('S3 settings', () => {
  it('leave the uploads in MEDIA_DIR when no S3 variable is set', () => {
    expect(s3Settings({ MEDIA_DIR: '/srv/programm/media', S3_BUCKET: ' ' })).toBeUndefined()
  })

  it('address AWS by bucket name without S3_ENDPOINT, and another server by path with it', () => {
    expect(s3Settings(complete)).toEqual({ ...account, forcePathStyle: false })
    expect(s3Settings({ ...complete, S3_ENDPOINT: 'https://s3.difu.de/' })).toEqual({ ...account, endpoint: 'https://s3.difu.de', forcePathStyle: true })
    expect(s3Settings({ ...complete, S3_ENDPOINT: 'https://s3.difu.de', S3_FORCE_PATH_STYLE: 'false' })).toMatchObject({ forcePathStyle: false })
    expect(s3Settings({ ...complete, S3_FORCE_PATH_STYLE: 'true' })).toMatchObject({ forcePathStyle: true })
  })

  it.each([
    [{ S3_REGION: '' }, 'S3_BUCKET is set, but S3_REGION is not (see README, "Production").'],
    [{ S3_ACCESS_KEY_ID: '', S3_SECRET_ACCESS_KEY: '' }, 'S3_BUCKET is set, but S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not (see README, "Production").'],
    [{ S3_ENDPOINT: 's3.difu.de' }, 'S3_ENDPOINT must be an http:// or https:// address, not "s3.difu.de".'],
    [{ S3_FORCE_PATH_STYLE: 'ja' }, 'S3_FORCE_PATH_STYLE must be true or false, not "ja".'],
  ])('stop the start when %j, naming the variable', (change, message) => {
    expect(() => s3Settings({ ...complete, ...change })).toThrow(message)
  })

  it('stop the start when only some are set, naming all that are missing', () => {
    expect(() => s3Settings({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
      'S3_ENDPOINT is set, but S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not (see README, "Production").',
    )
  })
})
