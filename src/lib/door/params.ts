import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { queryFields, resolvePath } from './fieldPaths'
import type { Refusal } from './refusal'
import { isBooleanText } from './values'
import { whereProblem } from './where'

/** The query of a request as Payload reads it (qs), by parameter. */
export type Query = Record<string, unknown>

const isWhole = (value: unknown, from: number): boolean =>
  typeof value === 'string' ? /^\d{1,9}$/.test(value) && Number(value) >= from : Number.isSafeInteger(value) && (value as number) >= from

const localeCodes = (config: SanitizedConfig): string[] => (config.localization ? config.localization.localeCodes : [])

const param = (key: Refusal['key'], parameter: string, values: Record<string, string> = {}): Refusal => ({
  key,
  parameter,
  status: 400,
  values: { parameter, ...values },
})

/** Payload's paging and switches: whole numbers, true or false, a configured locale. */
const generalProblem = (config: SanitizedConfig, given: Query): Refusal | undefined => {
  // Payload's own operations may set a parameter to undefined
  const query = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined))
  for (const name of ['page']) if (name in query && !isWhole(query[name], 1)) return param('positiveInteger', name)
  for (const name of ['limit', 'depth']) if (name in query && !isWhole(query[name], 0)) return param('wholeNumber', name)
  for (const name of ['pagination', 'draft', 'trash', 'overrideLock', 'autosave', 'publishAllLocales']) {
    if (name in query && !isBooleanText(query[name])) return param('trueOrFalse', name)
  }
  const codes = localeCodes(config)
  if (codes.length) {
    const locales = (extra: string[]) => [...codes, ...extra]
    if ('locale' in query && !locales(['all', '*']).includes(String(query.locale))) {
      return param('unknownLocale', 'locale', { locales: locales(['all']).join(', ') })
    }
    for (const name of ['fallback-locale', 'fallbackLocale']) {
      if (name in query && !locales(['none', 'null', 'false']).includes(String(query[name]))) {
        return param('unknownLocale', name, { locales: locales(['none']).join(', ') })
      }
    }
  }
  return undefined
}

/** `sort=-start,title`: each a field of the collection (or of its versions). */
const sortProblem = (config: SanitizedConfig, collection: SanitizedCollectionConfig, versions: boolean, sort: unknown): Refusal | undefined => {
  const fields = queryFields(config, collection, versions)
  const names = (Array.isArray(sort) ? sort : String(sort).split(',')).map((name) => String(name).trim().replace(/^-/, ''))
  const unknown = names.find((name) => !name || !resolvePath(config, collection, fields, name))
  return unknown === undefined ? undefined : param('unknownField', 'sort', { collection: collection.slug, field: unknown })
}

/**
 * The first query parameter of a collection request that does not parse: paging, switches,
 * locales, `sort`, `where` and `select` by the collection's fields, `joins` by its join fields.
 */
export const queryProblem = (
  config: SanitizedConfig,
  collection: SanitizedCollectionConfig | undefined,
  query: Query,
  versions = false,
): Refusal | undefined => {
  const general = generalProblem(config, query)
  const has = (name: string) => query[name] !== undefined
  if (general || !collection) return general
  if (has('sort')) {
    const problem = sortProblem(config, collection, versions, query.sort)
    if (problem) return problem
  }
  if (has('where')) {
    const problem = whereProblem({ collection, config, fields: queryFields(config, collection, versions) }, query.where)
    if (problem) return problem
  }
  if (has('select') && query.select && typeof query.select === 'object') {
    const fields = queryFields(config, collection, versions)
    const unknown = Object.keys(query.select).find((name) => !resolvePath(config, collection, fields, name))
    if (unknown !== undefined) return param('unknownField', `select[${unknown}]`, { collection: collection.slug, field: unknown })
  }
  if (has('joins') && query.joins !== 'false' && query.joins !== false) {
    const joins = query.joins && typeof query.joins === 'object' ? Object.keys(query.joins) : ['']
    const unknown = joins.find((name) => resolvePath(config, collection, collection.flattenedFields, name)?.field?.type !== 'join')
    if (unknown !== undefined) return param('unknownField', `joins[${unknown}]`, { collection: collection.slug, field: unknown })
  }
  return undefined
}
