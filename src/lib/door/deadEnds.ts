import fs from 'node:fs/promises'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'

import type { Refusal } from './refusal'
import type { Route } from './route'

const notFound = (what: string): Refusal => ({ key: 'notFound', parameter: 'path', status: 404, values: { what } })

/** A stored upload, when the collection keeps its files on the local disk (Payload answers 500 for a missing one). */
const missingFile = async (route: Route): Promise<boolean> => {
  const upload = route.collection?.upload
  if (!upload || upload.handlers?.length || upload.disableLocalStorage) return false
  const dir = path.resolve(upload.staticDir || route.collection!.slug)
  const file = path.resolve(dir, route.params.filename ?? '')
  if (!file.startsWith(dir + path.sep)) return true
  return fs.stat(file).then(
    (stats) => !stats.isFile(),
    () => true,
  )
}

/**
 * Routes Payload registers for every collection, though they lead nowhere here; Payload answers
 * them with 500: versions of a collection without versions, e-mail verification where accounts
 * are not verified, schedules where none are defined, a file that is not on the disk.
 */
export const deadEnd = async (config: SanitizedConfig, route: Route): Promise<Refusal | undefined> => {
  const { collection, endpoint } = route
  if (!collection || !endpoint) return undefined
  if (endpoint.path.startsWith('/versions') && !collection.versions) return notFound(`${collection.slug}/versions`)
  if (endpoint.path.startsWith('/verify') && !collection.auth?.verify) return notFound(`${collection.slug}/verify`)
  if (endpoint.path === '/handle-schedules' && !config.jobs?.scheduling) return notFound(`${collection.slug}/handle-schedules`)
  if (endpoint.path === '/file/:filename' && (await missingFile(route))) return notFound(`${collection.slug}/file/${route.params.filename}`)
  return undefined
}
