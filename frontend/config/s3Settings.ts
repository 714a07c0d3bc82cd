import { flag } from './flag'
import { SettingError } from './settingError'

/** Where the uploads go when they are kept in an S3-compatible bucket instead of MEDIA_DIR. */
export type S3Settings = {
  accessKeyId: string
  bucket: string
  endpoint?: string
  forcePathStyle: boolean
  region: string
  secretAccessKey: string
}

export class S3SettingsError extends SettingError {}

const required = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
const optional = ['S3_ENDPOINT', 'S3_FORCE_PATH_STYLE'] as const

const list = (names: readonly string[]): string => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0])

const httpUrl = (value: string): string => {
  const valid = URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol)
  if (!valid) throw new S3SettingsError(`S3_ENDPOINT must be an http:// or https:// address, not "${value}".`)
  return value.replace(/\/+$/, '')
}

/**
 * Reads S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_ENDPOINT and
 * S3_FORCE_PATH_STYLE. None set: undefined, the uploads stay in MEDIA_DIR. Any set: all four
 * required ones must be, or the start stops with one line naming what is missing; instances that
 * quietly fell back to their own folders would each serve a different set of uploads.
 */
export const s3Settings = (env: Record<string, string | undefined> = process.env): S3Settings | undefined => {
  const value = (name: string) => env[name]?.trim() || undefined
  const given = [...required, ...optional].filter((name) => value(name))
  if (!given.length) return undefined
  const missing = required.filter((name) => !value(name))
  if (missing.length) {
    throw new S3SettingsError(`${given[0]} is set, but ${list(missing)} ${missing.length > 1 ? 'are' : 'is'} not (see README, "Production").`)
  }
  const endpointText = value('S3_ENDPOINT')
  const endpoint = endpointText ? httpUrl(endpointText) : undefined
  return {
    accessKeyId: value('S3_ACCESS_KEY_ID') as string,
    bucket: value('S3_BUCKET') as string,
    ...(endpoint ? { endpoint } : {}),
    // servers other than AWS (MinIO, Ceph, Garage) mostly know buckets only in the path
    forcePathStyle: flag('S3_FORCE_PATH_STYLE', value('S3_FORCE_PATH_STYLE'), S3SettingsError) ?? Boolean(endpoint),
    region: value('S3_REGION') as string,
    secretAccessKey: value('S3_SECRET_ACCESS_KEY') as string,
  }
}
