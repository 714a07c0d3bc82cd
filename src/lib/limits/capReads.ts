import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { apiLimits } from './apiLimits'

type ReadArgs = {
  joins?: false | Record<string, false | { limit?: number }>
  limit?: number
  overrideAccess?: boolean
  pagination?: boolean
}

/**
 * Whether this read is what a client asked for. GraphQL resolvers read as the client; over REST
 * only what the URL sets counts, as the plugin's own endpoints read whole lists on purpose
 * (`pagination: false` for a calendar of all upcoming events) with the request passed along.
 */
const askedByClient = (req: PayloadRequest, args: ReadArgs, parameters: string[]): boolean => {
  if (args.overrideAccess || req.payloadAPI === 'local') return false
  return req.payloadAPI === 'GraphQL' || parameters.some((parameter) => parameter in (req.query ?? {}))
}

/** A page of at most `cap` documents; 0 or none (all of them) gets the whole cap. */
const capped = (limit: number | undefined, cap: number): number => (limit && limit > 0 ? Math.min(limit, cap) : cap)

/**
 * Caps what one REST or GraphQL read may load: a `limit` over the cap, `limit=0` and
 * `pagination=false` get a page of `apiLimits.maxLimit` documents (the answer's `limit`,
 * `hasNextPage` and `totalPages` say so), and so does each join. The Local API is not capped:
 * there the site's own code decides.
 */
export const capReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read') return args
  const read = args as ReadArgs
  const changes: ReadArgs = {}
  if (askedByClient(req, read, ['limit', 'pagination'])) {
    const all = !read.limit || read.limit <= 0
    // Payload's GraphQL joins read one document more than asked, to tell whether there is a next page
    const cap = req.payloadAPI === 'GraphQL' && read.pagination === false && !all ? apiLimits.maxLimit + 1 : apiLimits.maxLimit
    if (all && read.pagination === false) Object.assign(changes, { limit: cap, pagination: true })
    else if (read.limit !== undefined && capped(read.limit, cap) !== read.limit) changes.limit = capped(read.limit, cap)
  }
  if (read.joins && askedByClient(req, read, ['joins'])) {
    changes.joins = Object.fromEntries(
      Object.entries(read.joins).map(([path, join]) => [path, join && { ...join, limit: capped(join.limit, apiLimits.maxLimit) }]),
    )
  }
  return Object.keys(changes).length ? { ...args, ...changes } : args
}
