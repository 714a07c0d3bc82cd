import { getNullableType, isListType } from 'graphql'
import type { ComplexityEstimator } from 'graphql-query-complexity'

import { apiLimits } from './apiLimits'

/** Payload's default page when a list query names no `limit`. */
const defaultPage = 10

type PayloadField = { hasMany?: boolean; type?: string }

/**
 * The documents one list may return: its `limit` (at most the cap), else every document (a join
 * without limit, `limit: 0`), which the API caps, or Payload's default page of a top-level query.
 */
const listSize = (limit: unknown, isJoin: boolean): number => {
  if (typeof limit === 'number' && limit > 0) return Math.min(limit, apiLimits.maxLimit)
  return isJoin || limit === 0 ? apiLimits.maxLimit : defaultPage
}

/**
 * Estimates what a field costs: one, plus what is selected below it, times the documents a list
 * returns. Lists of documents are the queries (`Events`), joins (`sessions` of an event) and
 * relationships with several values; nesting them multiplies, which is what made a query of
 * events → sessions → event → sessions … read millions of documents. Relationship values are
 * not counted by the page, as their number is the data's (a session's few speakers).
 */
export const documentCost: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const payloadField = (field.extensions as { field?: PayloadField } | undefined)?.field
  const isJoin = payloadField?.type === 'join'
  if (isJoin || field.args.some(({ name }) => name === 'limit')) return 1 + listSize(args.limit, isJoin) * childComplexity
  const isRelationship = payloadField?.type === 'relationship' || payloadField?.type === 'upload'
  if (isRelationship && isListType(getNullableType(field.type))) return 1 + defaultPage * childComplexity
  return 1 + childComplexity
}
