import { Kind, parse } from 'graphql'
import type { SanitizedConfig } from 'payload'

import type { Refusal } from './refusal'

/**
 * GraphQL fields that fail with 500 in Payload, refused as their REST routes are, with 404:
 * `verifyEmail…` for every account collection where accounts are not verified, and the document
 * access of the jobs' statistics, a global of Payload's own that only scheduled jobs add.
 */
const leadsNowhere = (config: SanitizedConfig, name: string): boolean =>
  (name.startsWith('verifyEmail') && !config.collections.some((collection) => collection.auth?.verify)) ||
  name === 'docAccessPayloadJobsStat'

export const graphqlDeadEnd = (config: SanitizedConfig, body: string): Refusal | undefined => {
  let query: unknown
  try {
    query = (JSON.parse(body) as { query?: unknown }).query
  } catch {
    return undefined
  }
  if (typeof query !== 'string' || !/verifyEmail|docAccessPayloadJobsStat/.test(query)) return undefined
  try {
    for (const definition of parse(query).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      for (const selection of definition.selectionSet.selections) {
        if (selection.kind === Kind.FIELD && leadsNowhere(config, selection.name.value)) {
          return { key: 'notFound', parameter: 'query', status: 404, values: { what: selection.name.value } }
        }
      }
    }
  } catch {
    // not GraphQL: its own handler answers 400
  }
  return undefined
}
