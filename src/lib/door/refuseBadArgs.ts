import { type CollectionBeforeOperationHook, type PayloadRequest, type SanitizedCollectionConfig, ValidationError } from 'payload'

import { dataProblem } from './dataTypes'
import { idKindOf, isId } from './ids'
import { nulPath } from './nul'
import { queryProblem } from './params'
import { type Refusal, refusalError } from './refusal'

type Args = { data?: unknown; id?: number | string; limit?: unknown; page?: unknown; sort?: unknown; where?: unknown }

/** GraphQL names a nested field `registration__deadline`, REST `registration.deadline`. */
const dotted = (where: unknown): unknown => {
  if (Array.isArray(where)) return where.map(dotted)
  if (!where || typeof where !== 'object') return where
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key, dotted(value)] : [key.replaceAll('__', '.'), value],
    ),
  )
}

/**
 * A value that does not fit its field, refused as Payload's own field checks (and `strictValues`)
 * refuse it: a ValidationError naming the field's path, with their messages, so the admin panel
 * shows it beside the field.
 */
const fieldError = (req: PayloadRequest, collection: string, { expected, field, values }: Refusal): ValidationError => {
  const message =
    expected === 'date'
      ? req.t('validation:notValidDate', { value: String(values?.value) })
      : expected === 'number'
        ? req.t('validation:enterNumber')
        : req.t('validation:invalidInput')
  return new ValidationError({ collection, errors: [{ message, path: field ?? '' }], req }, req.t)
}

/**
 * The same checks as the door (`refuseBadRequests`) for what reaches a collection operation over
 * REST or GraphQL, whichever way it came: the id, the where-query, the sort, NUL characters in the
 * data, and for the route's own collection its query parameters. The site's own Local API calls
 * pass unchecked.
 */
export const refuseBadArgs: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const { config } = req.payload
  const sanitized = collection as SanitizedCollectionConfig
  const { data, id, limit, page, sort, where } = args as Args
  const refuse = (refusal: Refusal) => {
    throw refusalError(refusal, req.i18n)
  }
  if (id !== undefined && id !== null && !isId(id, idKindOf(config, sanitized))) {
    refuse({ key: 'badId', parameter: 'id', status: 404, values: { collection: collection.slug, id: String(id) } })
  }
  const nul = nulPath(data)
  if (nul) refuse({ field: nul, key: 'nul', status: 400, values: { field: nul } })
  // PostgreSQL cannot compare text holding NUL (GraphQL's where reaches here unchecked by the door)
  const nulInWhere = nulPath(where)
  if (nulInWhere) refuse({ key: 'nul', parameter: `where.${nulInWhere}`, status: 400, values: { field: `where.${nulInWhere}` } })
  const badData = dataProblem(sanitized.flattenedFields, data)
  if (badData) throw fieldError(req, collection.slug, badData)
  // a sign-in or password reset looks the address up: what is no address is refused before (Payload answered 500)
  const email = (data as { email?: unknown } | undefined)?.email
  if ((operation === 'forgotPassword' || operation === 'login') && email !== undefined && !(typeof email === 'string' && /^[^\s@]+@[^\s@]+$/.test(email))) {
    refuse({ expected: 'email', field: 'email', key: 'badValue', status: 400, values: { parameter: 'email', value: String(email).slice(0, 100) } })
  }
  // the URL's parameters belong to the first operation of the request, not to those it runs inside
  const ownRoute = req.payloadAPI === 'REST' && req.routeParams?.collection === collection.slug && !req.context.doorCheckedQuery
  if (ownRoute) req.context.doorCheckedQuery = true
  const query = {
    ...(ownRoute ? req.query : {}),
    ...(where !== undefined && { where: dotted(where) }),
    ...(sort !== undefined && sort !== null && { sort }),
    // GraphQL's page and limit (PostgreSQL fails on a negative offset)
    ...(page !== undefined && page !== null && { page }),
    ...(limit !== undefined && limit !== null && { limit }),
  }
  // Payload names reads of versions `read` too: a query fits either the documents or their versions
  const problem = queryProblem(config, sanitized, query) && queryProblem(config, sanitized, query, Boolean(sanitized.versions))
  if (problem) refuse(problem)
  return args
}
